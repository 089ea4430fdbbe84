package io.github.govreport.parser.internal.report;

/** What a part of a report is for, told from its heading's words. */
enum Part {
    /** The review of the past year or years: statistics become indicators. */
    REVIEW,
    /** A five-year plan's goals, between review and annual plan: not the annual targets. */
    FIVE_YEAR,
    /** The plan for the coming year: goals become targets, items become tasks. */
    PLAN,
    /** 惠民实事 / 民生实事: each item is a task with targets. */
    LIVELIHOOD,
    /** The government's own improvement. */
    SELF,
    /** 名词解释 and the like: glossary notes. */
    GLOSSARY,
    /** 附件, 附录: an appendix whose kind its next heading tells. */
    APPENDIX;

    /** Classifies a heading's clean text, or returns null when its words say nothing. */
    static Part of(String heading) {
        // 《政府工作报告》数据汇总表: the report's own name says nothing about the part
        String title = heading.replace("《政府工作报告》", "");
        if (containsAny(title, "名词解释", "注释", "名词术语", "名词注释")) {
            return GLOSSARY;
        }
        if (title.contains("实事")) {
            return LIVELIHOOD;
        }
        if (containsAny(title, "回顾", "主要成绩", "发展成就", "完成情况", "基本情况", "工作总结", "主要工作成效")) {
            return REVIEW;
        }
        if (containsAny(title, "自身建设", "改进政府工作", "政府建设", "服务型政府", "人民满意")) {
            return SELF;
        }
        boolean annual = ReportReader.Years.yearIn(title) != null;
        if (annual && (containsAny(title, "安排", "重点工作", "主要工作", "工作任务") || title.startsWith("关于") && title.endsWith("工作"))) {
            return PLAN; // “十五五”时期主要目标和2026年重点工作, 关于2023年工作: the annual plan
        }
        if (containsAny(title, "十一五", "十二五", "十三五", "十四五", "十五五", "今后五年", "未来五年", "纲要", "远景")) {
            return FIVE_YEAR;
        }
        if (containsAny(title, "安排", "主要工作", "重点工作", "任务", "总体要求", "总体部署", "的政府工作", "年政府工作",
                "政府工作的建议", "政府工作建议", "工作思路",
                "主要目标", "政策取向", "工作建议", "目标")) {
            return PLAN;
        }
        if (title.startsWith("附")) {
            return APPENDIX;
        }
        return null;
    }

    static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
