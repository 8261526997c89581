package cn.safetysupervision.platform.events;

/** A record that can never be processed (malformed envelope or data): it goes to the dead-letter topic at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
