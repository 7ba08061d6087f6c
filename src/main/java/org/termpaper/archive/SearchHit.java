package org.termpaper.archive;

import java.time.LocalDate;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Paper;

/**
 * One article that matched a search. Immutable.
 *
 * @param paper the paper
 * @param date the issue date
 * @param pageNumber the page's number as printed, such as {@code 03}
 * @param pageName the page's name, or null
 * @param position where the article stands in its edition, to open it
 * @param articleId the article's id within the edition
 * @param title the headline
 * @param snippet a line of text around the first match, without line breaks; cut ends show
 *     {@code …}
 * @param matchStart where the match begins in {@code snippet} (a {@code String} index)
 * @param matchLength how long the match is in {@code snippet}
 */
public record SearchHit(Paper paper, LocalDate date, String pageNumber, String pageName,
    ArticlePosition position, String articleId, String title, String snippet, int matchStart,
    int matchLength) {}
