package cn.safetysupervision.platform.events;

/**
 * An event could not be applied because the service is shutting down (its database pool may already be closed).
 * It is neither retried nor dead-lettered: the batch stays unacknowledged and is consumed again after the restart.
 */
public class ServiceStoppingException extends RuntimeException {

    public ServiceStoppingException(String message, Throwable cause) {
        super(message, cause);
    }
}
