package io.casework.contracts;

/** A record that is not a valid event of a known type: the reason is meant for the dead-letter record. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
