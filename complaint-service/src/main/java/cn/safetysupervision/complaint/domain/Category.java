package cn.safetysupervision.complaint.domain;

/** What a complaint is about: the prohibited behaviours of Art. 14 and the integrity duties of Art. 17, plus other. */
public enum Category {
    ART14_1("违反法律法规和标准规范开展服务"),
    ART14_2("无资质或资质失效从业"),
    ART14_3("超出资质范围从业"),
    ART14_4("伪造、转让、租借资质证书"),
    ART14_5("转包、违法分包"),
    ART14_6("出具虚假或重大疏漏报告"),
    ART14_7("未到现场开展服务"),
    ART14_8("冒名签字"),
    ART14_9("假借应急管理部门名义"),
    ART14_10("人员同时在两家以上机构从业"),
    ART14_11("违反强制性标准"),
    ART14_12("名称、地址、法定代表人变更未备案"),
    ART14_13("省略、简化规定程序"),
    ART14_14("未书面告知"),
    ART14_15("报告存在重大疏漏"),
    ART14_16("其他违法违规行为"),
    ART17_DISPARAGEMENT("诋毁同行"),
    ART17_FALSE_ADVERTISING("虚假宣传"),
    ART17_INCOMPLETE_HAZARDS("隐患排查不全面"),
    ART17_PLAGIARISM("抄袭报告"),
    ART17_LEAKING_SECRETS("泄露客户秘密"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
