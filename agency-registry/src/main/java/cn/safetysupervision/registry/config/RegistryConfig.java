package cn.safetysupervision.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Every policy value of the registry. */
@ConfigMapping(prefix = "registry")
public interface RegistryConfig {

    /** Days after a change of name, registered address or legal representative within which it must be filed (Art. 14.12). */
    @WithDefault("30")
    int changeFilingWindowDays();

    /** Lead times in days before a qualification's valid-to day at which a warning is emitted. */
    @WithDefault("120,90,30")
    List<Integer> qualificationWarningDays();

    /** Lead times in days before a practitioner credential's valid-to day at which a warning is emitted. */
    @WithDefault("90,30")
    List<Integer> credentialWarningDays();

    /** Lead times in days before an item of equipment's calibration valid-to day at which a warning is emitted. */
    @WithDefault("30,7")
    List<Integer> equipmentCalibrationWarningDays();

    /** How often the expiry sweep runs (warnings and expiries). */
    @WithDefault("1h")
    Duration expirySweepInterval();

    /** Largest page size a list endpoint answers. */
    @WithDefault("100")
    int maxPageSize();

    /** Page size when none is asked for. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest number of data rows in one bulk import file. */
    @WithDefault("5000")
    int maxImportRows();

    Staffing staffing();

    Identity identity();

    interface Staffing {
        /** Full-time qualified staff an agency needs for its first business scope entry. */
        @WithDefault("25")
        int baseFullTimeQualified();

        /** Additional full-time qualified staff per further business scope entry. */
        @WithDefault("5")
        int perExtraScopeEntry();

        /** Service types whose qualifications make the threshold apply (evaluation and testing agencies). */
        @WithDefault("EVALUATION,TESTING")
        List<String> serviceTypes();
    }

    interface Identity {
        /** Base64 key (≥ 32 bytes) of the HMAC-SHA256 that turns a 身份证 number into a matching hash. */
        String hmacKey();

        /** Base64 AES key (16 or 32 bytes) that encrypts the 身份证 number (AES-GCM): the current key. */
        String encryptionKey();

        /** Id of the current key, stored with every value it encrypts (rotation: see the README). */
        @WithDefault("k1")
        String encryptionKeyId();

        /** Earlier keys by id, still needed to read values they encrypted ({@code ...previous-encryption-keys.<id>}). */
        Map<String, String> previousEncryptionKeys();

        /** The key of values stored before key ids existed. */
        @WithDefault("k1")
        String unlabelledEncryptionKeyId();
    }
}
