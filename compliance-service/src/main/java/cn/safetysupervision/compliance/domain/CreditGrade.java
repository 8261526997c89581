package cn.safetysupervision.compliance.domain;

/** Shandong's four-colour credit grade; red lists the agency as dishonest. */
public enum CreditGrade {
    BLUE("蓝"), YELLOW("黄"), ORANGE("橙"), RED("红");

    private final String chinese;

    CreditGrade(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
