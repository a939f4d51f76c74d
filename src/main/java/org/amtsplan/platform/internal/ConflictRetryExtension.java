package org.amtsplan.platform.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.transaction.Transactional;
import org.amtsplan.platform.RetriedOnConflict;

/**
 * Gives every bean that declares {@code @Transactional} (on the class or a method) the {@link
 * RetriedOnConflict} binding, so retrying deadlocked transactions is one rule for all use cases
 * rather than an annotation each of them has to remember.
 */
public class ConflictRetryExtension implements Extension {

  @SuppressWarnings("serial")
  private static final class Literal extends AnnotationLiteral<RetriedOnConflict> implements RetriedOnConflict {}

  <T> void retryTransactions(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
    if (type.getAnnotatedType().getJavaClass().isInterface()) {
      return;
    }
    type.configureAnnotatedType().add(new Literal());
  }
}
