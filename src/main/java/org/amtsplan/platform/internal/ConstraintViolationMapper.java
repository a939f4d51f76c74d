package org.amtsplan.platform.internal;

import org.amtsplan.platform.ProblemResponses;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.ProblemException;

/** Bean Validation failures on a request become 422 with one entry per offending field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field));
    return ProblemResponses.of(ProblemException.invalid(errors));
  }

  /**
   * The path as a client knows it: "create.arg0.name" on a request body becomes "name", a query
   * parameter keeps its own name.
   */
  static String fieldName(Path path) {
    List<String> beanPath = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        String name = node.getName() == null ? "" : node.getName();
        if (node.getIndex() != null) {
          name = name + "[" + node.getIndex() + "]";
        } else if (node.getKey() != null) {
          name = name + "[" + node.getKey() + "]";
        }
        beanPath.add(name);
      }
    }
    if (!beanPath.isEmpty()) {
      return String.join(".", beanPath).replace(".[", "[");
    }
    return parameter != null ? parameter : "body";
  }
}
