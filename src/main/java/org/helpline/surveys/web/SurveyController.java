package org.helpline.surveys.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.helpline.shared.InvalidInputException;
import org.helpline.surveys.SurveyAnswer;
import org.helpline.surveys.internal.SurveyLink;
import org.helpline.surveys.internal.SurveyManagement;
import org.helpline.surveys.internal.SurveyTopic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The survey page a customer opens from the e-mail; the signed token in the path is the only credential. */
@Controller
class SurveyController {

    private final SurveyManagement surveys;

    SurveyController(SurveyManagement surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/surveys/{token}")
    String show(@PathVariable String token, Model model) {
        return page(model, token, surveys.open(token));
    }

    @PostMapping("/surveys/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) List<String> wentWell,
            @RequestParam(required = false) List<String> wentBadly,
            @RequestParam(required = false) String comment,
            Model model) {
        try {
            var answer = new SurveyAnswer(parse(rating), topics(wentWell), topics(wentBadly), comment);
            return page(model, token, surveys.answer(token, answer));
        } catch (InvalidInputException e) {
            model.addAttribute("invalid", true);
            return page(model, token, surveys.open(token));
        }
    }

    private static String page(Model model, String token, SurveyLink link) {
        model.addAttribute("token", token);
        model.addAttribute("link", link);
        model.addAttribute("topics", SurveyTopic.values());
        model.addAttribute("thanks", link.state() == SurveyLink.State.RECORDED);
        return "surveys/survey";
    }

    private static Integer parse(String rating) {
        try {
            return rating == null ? null : Integer.valueOf(rating.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rating", "must be between 1 and 5");
        }
    }

    private static Set<SurveyTopic> topics(List<String> names) {
        var result = EnumSet.noneOf(SurveyTopic.class);
        if (names != null) {
            for (var name : names) {
                try {
                    result.add(SurveyTopic.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("topics", "unknown topic");
                }
            }
        }
        return result;
    }
}
