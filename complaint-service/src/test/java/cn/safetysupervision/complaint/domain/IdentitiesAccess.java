package cn.safetysupervision.complaint.domain;

/** Test access to package-private checks. */
public final class IdentitiesAccess {

    private IdentitiesAccess() {
    }

    public static boolean valid(String idNumber) {
        return Identities.validIdNumber(idNumber);
    }
}
