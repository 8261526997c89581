package cn.safetysupervision.registry.api;

/** What an expiry sweep emitted. */
public record SweepView(int qualificationWarnings, int qualificationsExpired, int credentialWarnings, int credentialsExpired,
                        int equipmentCalibrationWarnings, int equipmentCalibrationsExpired) {
}
