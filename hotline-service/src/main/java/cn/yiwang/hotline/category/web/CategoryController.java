package cn.yiwang.hotline.category.web;

import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.hotline.category.Categories;
import cn.yiwang.hotline.category.Category;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** The category tree as agents and front ends choose from it. */
@RestController
@RequestMapping("${yiwang.api.base-path}/categories")
public class CategoryController {

    private final Categories categories;

    public CategoryController(Categories categories) {
        this.categories = categories;
    }

    public record CategoryView(String code, String parentCode, String name, String description, String vectorSpecies,
                               boolean open311, boolean transferTo110, boolean transferFrom110) {
    }

    @GetMapping
    public List<CategoryView> list(@RequestHeader(value = "Accept-Language", required = false) String language) {
        Locale locale = ProblemMessages.resolveLocale(language);
        return categories.all().stream().map(category -> view(category, locale)).toList();
    }

    static CategoryView view(Category category, Locale locale) {
        return new CategoryView(category.code(), category.parentCode(), category.name(locale), category.description(locale),
                category.vectorSpecies(), category.open311(), category.transferTo110(), category.transferFrom110());
    }
}
