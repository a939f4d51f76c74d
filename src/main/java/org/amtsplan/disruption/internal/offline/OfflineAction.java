package org.amtsplan.disruption.internal.offline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amtsplan.disruption.internal.callback.RecordCallback;
import org.amtsplan.disruption.internal.offline.OfflineDevices.Device;
import org.amtsplan.scheduling.api.RecordedStep;
import org.amtsplan.scheduling.api.RecordedTicket;

/**
 * What an offline device did, one record per action type with the fields that type needs (the
 * {@link ActionHeader} carries the id, sequence and time every action has). Formats and lengths are
 * constraints here (public for JSON-B, which binds only public records); what needs the device (its
 * numbers, its unit's services, its revocation) is judged by the policies beside this type.
 */
public sealed interface OfflineAction {

    /** The action types as the device names them: the {@link ActionHeader#type()} values. */
    Map<String, Class<? extends OfflineAction>> BY_TYPE =
            Map.of(
                    "check-in", CheckIn.class,
                    "walk-in", WalkIn.class,
                    "call", Call.class,
                    "start", Start.class,
                    "park", Park.class,
                    "draft", Draft.class,
                    "finish", Finish.class,
                    "callback", Callback.class);

    /** {@link #BY_TYPE}'s names as a pattern, for the header's constraint. */
    String TYPES = "check-in|walk-in|call|start|park|draft|finish|callback";

    String REQUIRED = "{disruption.offline.required}";
    String DOCUMENTS = "{disruption.offline.documents}";

    /** An action that issues a ticket with a number of the device's block. */
    sealed interface IssuingTicket extends OfflineAction {
        String number();

        RecordedTicket toRecordedTicket(Device device, Instant at, String clerk);
    }

    /** An action on a ticket that exists (issued offline before, or by the server). */
    sealed interface OnTicket extends OfflineAction {
        String ticket();

        default String counter() {
            return null;
        }

        default String outcome() {
            return null;
        }

        default String notes() {
            return null;
        }

        default List<String> documentsReceived() {
            return null;
        }

        /** The step for the kernel; {@code type} is the action's type, the step's name there. */
        default RecordedStep toRecordedStep(String type, Device device, Instant at, String clerk) {
            return new RecordedStep(
                    device.unit(),
                    device.location(),
                    ticket().strip(),
                    type,
                    at,
                    clerk,
                    counter(),
                    outcome(),
                    present(notes()),
                    documentsReceived());
        }
    }

    /** A citizen with an appointment arrived and got a ticket. */
    record CheckIn(
            @NotBlank(message = REQUIRED) @Size(max = 20) String appointmentCode,
            @NotBlank(message = REQUIRED) @Size(max = 20) String number)
            implements IssuingTicket {

        public CheckIn(String appointmentCode, String number) {
            this.appointmentCode = appointmentCode;
            this.number = number;
        }

        @Override
        public RecordedTicket toRecordedTicket(Device device, Instant at, String clerk) {
            return new RecordedTicket(
                    device.unit(),
                    device.location(),
                    number,
                    at,
                    clerk,
                    appointmentCode.strip().toUpperCase(Locale.ROOT),
                    null,
                    null,
                    null);
        }
    }

    /** A citizen without an appointment got a ticket for a service. */
    record WalkIn(
            @NotBlank(message = REQUIRED) @Size(max = 20) String number,
            @NotBlank(message = REQUIRED) @Size(max = 80) String service,
            @Size(max = 200) String name,
            @Size(max = 40) String phone)
            implements IssuingTicket {

        public WalkIn(String number, String service, String name, String phone) {
            this.number = number;
            this.service = service;
            this.name = name;
            this.phone = phone;
        }

        @Override
        public RecordedTicket toRecordedTicket(Device device, Instant at, String clerk) {
            return new RecordedTicket(
                    device.unit(),
                    device.location(),
                    number,
                    at,
                    clerk,
                    null,
                    service,
                    present(name),
                    present(phone));
        }
    }

    record Call(
            @NotBlank(message = REQUIRED) @Size(max = 20) String ticket,
            @NotBlank(message = REQUIRED) @Size(max = 40) String counter)
            implements OnTicket {

        public Call(String ticket, String counter) {
            this.ticket = ticket;
            this.counter = counter;
        }
    }

    record Start(@NotBlank(message = REQUIRED) @Size(max = 20) String ticket) implements OnTicket {

        public Start(String ticket) {
            this.ticket = ticket;
        }
    }

    record Park(@NotBlank(message = REQUIRED) @Size(max = 20) String ticket) implements OnTicket {

        public Park(String ticket) {
            this.ticket = ticket;
        }
    }

    /** Notes and documents of a case still in service. */
    record Draft(
            @NotBlank(message = REQUIRED) @Size(max = 20) String ticket,
            @Size(max = 4000) String notes,
            @Size(max = 20, message = DOCUMENTS)
                    List<@Size(max = 200, message = DOCUMENTS) String> documentsReceived)
            implements OnTicket {

        public Draft(String ticket, String notes, List<String> documentsReceived) {
            this.ticket = ticket;
            this.notes = notes;
            this.documentsReceived = documentsReceived;
        }
    }

    record Finish(
            @NotBlank(message = REQUIRED) @Size(max = 20) String ticket,
            @NotBlank(message = REQUIRED) @Size(max = 40) String outcome,
            @Size(max = 4000) String notes,
            @Size(max = 20, message = DOCUMENTS)
                    List<@Size(max = 200, message = DOCUMENTS) String> documentsReceived)
            implements OnTicket {

        public Finish(String ticket, String outcome, String notes, List<String> documentsReceived) {
            this.ticket = ticket;
            this.outcome = outcome;
            this.notes = notes;
            this.documentsReceived = documentsReceived;
        }
    }

    /**
     * A person to call back. Its fields are judged where every callback's are, by the callback
     * module when it is recorded ({@link org.amtsplan.disruption.internal.callback.Callbacks}).
     */
    record Callback(
            String name, String service, String phone, String email, String language, String notes)
            implements OfflineAction {

        RecordCallback toRecord(Device device, String clerk, Instant at) {
            return new RecordCallback(
                    device.unit(),
                    device.location(),
                    device.id(),
                    clerk,
                    at,
                    present(name),
                    present(service),
                    present(phone),
                    present(email),
                    present(language),
                    present(notes));
        }
    }

    /** A blank text is no text, as the device leaves out what nobody typed in. */
    static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
