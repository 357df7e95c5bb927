package id.serambi.surveys.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.serambi.surveys.SurveyAnswers;
import id.serambi.surveys.SurveyElement;

/** The questionnaire page's form: answers[0..8] for U1..U9 and the respondent fields. */
public class SurveyForm {

    private String service;
    private List<Integer> answers = new ArrayList<>(Arrays.asList(new Integer[SurveyElement.COUNT]));
    private Integer age;
    private String sex;
    private String education;
    private String occupation;
    /** The token of a ticket's QR code: the questionnaire of that case. */
    private String caseToken;

    SurveyAnswers toAnswers() {
        return new SurveyAnswers(service, answers, age, sex, education, occupation);
    }

    public String getCaseToken() {
        return caseToken;
    }

    public void setCaseToken(String caseToken) {
        this.caseToken = caseToken;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public List<Integer> getAnswers() {
        return answers;
    }

    public void setAnswers(List<Integer> answers) {
        this.answers = answers;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }
}
