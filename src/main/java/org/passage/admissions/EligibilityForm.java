package org.passage.admissions;

import java.util.ArrayList;
import java.util.List;

/** The eligibility checker's answers as the browser posts them: text until checked. */
public class EligibilityForm {

    static final int EXAM_ROWS = 3;

    /** One exam row of the form; all blank means no exam. */
    public static class ExamRow {
        private String code = "";
        private String score = "";
        private String takenOn = "";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getTakenOn() {
            return takenOn;
        }

        public void setTakenOn(String takenOn) {
            this.takenOn = takenOn;
        }

        boolean blank() {
            return isBlank(code) && isBlank(score) && isBlank(takenOn);
        }
    }

    private String programme = "";
    private String foreignQuota = "";
    private String citizenship1 = "";
    private String citizenship2 = "";
    private String citizenship3 = "";
    private String firstCitizenshipByBirth = "";
    private boolean blueCard;
    private boolean naturalisedTurkish;
    private boolean trncResident;
    private boolean gceALevel;
    private boolean enrolledAbroadBetween2005And2010;
    private String status = "";
    private String schoolCountry = "";
    private String schoolType = "";
    private String secondaryStartedOn = "";
    private String yearsAbroad = "";
    private List<ExamRow> exams = new ArrayList<>();

    public EligibilityForm() {
        for (int i = 0; i < EXAM_ROWS; i++) {
            exams.add(new ExamRow());
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getForeignQuota() {
        return foreignQuota;
    }

    public void setForeignQuota(String foreignQuota) {
        this.foreignQuota = foreignQuota;
    }

    public String getCitizenship1() {
        return citizenship1;
    }

    public void setCitizenship1(String citizenship1) {
        this.citizenship1 = citizenship1;
    }

    public String getCitizenship2() {
        return citizenship2;
    }

    public void setCitizenship2(String citizenship2) {
        this.citizenship2 = citizenship2;
    }

    public String getCitizenship3() {
        return citizenship3;
    }

    public void setCitizenship3(String citizenship3) {
        this.citizenship3 = citizenship3;
    }

    public String getFirstCitizenshipByBirth() {
        return firstCitizenshipByBirth;
    }

    public void setFirstCitizenshipByBirth(String firstCitizenshipByBirth) {
        this.firstCitizenshipByBirth = firstCitizenshipByBirth;
    }

    public boolean isBlueCard() {
        return blueCard;
    }

    public void setBlueCard(boolean blueCard) {
        this.blueCard = blueCard;
    }

    public boolean isNaturalisedTurkish() {
        return naturalisedTurkish;
    }

    public void setNaturalisedTurkish(boolean naturalisedTurkish) {
        this.naturalisedTurkish = naturalisedTurkish;
    }

    public boolean isTrncResident() {
        return trncResident;
    }

    public void setTrncResident(boolean trncResident) {
        this.trncResident = trncResident;
    }

    public boolean isGceALevel() {
        return gceALevel;
    }

    public void setGceALevel(boolean gceALevel) {
        this.gceALevel = gceALevel;
    }

    public boolean isEnrolledAbroadBetween2005And2010() {
        return enrolledAbroadBetween2005And2010;
    }

    public void setEnrolledAbroadBetween2005And2010(boolean enrolledAbroadBetween2005And2010) {
        this.enrolledAbroadBetween2005And2010 = enrolledAbroadBetween2005And2010;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSchoolCountry() {
        return schoolCountry;
    }

    public void setSchoolCountry(String schoolCountry) {
        this.schoolCountry = schoolCountry;
    }

    public String getSchoolType() {
        return schoolType;
    }

    public void setSchoolType(String schoolType) {
        this.schoolType = schoolType;
    }

    public String getSecondaryStartedOn() {
        return secondaryStartedOn;
    }

    public void setSecondaryStartedOn(String secondaryStartedOn) {
        this.secondaryStartedOn = secondaryStartedOn;
    }

    public String getYearsAbroad() {
        return yearsAbroad;
    }

    public void setYearsAbroad(String yearsAbroad) {
        this.yearsAbroad = yearsAbroad;
    }

    public List<ExamRow> getExams() {
        return exams;
    }

    public void setExams(List<ExamRow> exams) {
        this.exams = exams;
    }
}
