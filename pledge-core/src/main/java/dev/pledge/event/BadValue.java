package dev.pledge.event;

/** A value that cannot be read, with the message to show; cheap, as bad files may hold many. */
final class BadValue extends Exception {
  BadValue(String message) {
    super(message, null, false, false);
  }
}
