package org.passage.appointments;

/** Every place of the chosen day is taken (409); nothing was booked. */
public class AppointmentFullException extends AppointmentRefusedException {

    public AppointmentFullException() {
        super(Reason.FULL);
    }
}
