package org.newsdesk.testing;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.core.Article;

/** Tiny labelled articles written for the tests. */
public final class Fixtures {

    private Fixtures() {
    }

    private static final String[][] SPORT = {
        {"United win derby", "The striker scored twice in the second half as United beat City in the derby. The coach praised the defence and the goalkeeper after the match."},
        {"Tennis final", "The top seed won the tennis final in straight sets. The champion said the match against the defending champion was the hardest of the tournament."},
        {"Cup semi-final", "Rovers reached the cup final after a penalty shootout. Their goalkeeper saved two penalties and the manager thanked the fans."},
        {"Marathon record", "A Kenyan runner set a marathon record in Berlin. The athlete finished the race in two hours and the crowd cheered the champion."},
        {"Cricket Test", "England won the cricket Test by six wickets. The captain scored a century and the bowlers took the last wickets before tea."},
        {"Rugby league", "The rugby team won the league title with a late try. The coach said the players never stopped believing in the final match."},
    };
    private static final String[][] BUSINESS = {
        {"Bank raises rates", "The central bank raised interest rates to curb inflation. Analysts said the rise would slow lending and hit shares of banks."},
        {"Profits fall", "The retailer reported a fall in quarterly profits as sales slowed. Its shares dropped five percent and investors sold the stock."},
        {"Merger agreed", "Two carmakers agreed a merger worth billions of dollars. The deal will create the largest company in the market, analysts said."},
        {"Jobs figures", "Unemployment fell as firms hired more workers. The economy grew faster than economists expected in the last quarter."},
        {"Oil price", "The oil price rose after producers cut output. Energy companies saw their shares climb as markets reacted to the supply cut."},
        {"Trade deficit", "The trade deficit widened as imports grew faster than exports. The currency weakened and the finance ministry blamed energy costs."},
    };
    private static final String[][] POLITICS = {
        {"Election called", "The prime minister called an early election. Opposition parties said the government had failed voters and promised lower taxes."},
        {"Parliament vote", "Parliament voted on the new immigration bill. The minister said the law would pass despite a rebellion by party members."},
        {"Summit talks", "Leaders met at a summit to discuss sanctions and diplomacy. The president said the alliance would stay united."},
        {"Party leader", "The party chose a new leader after the election defeat. Members voted in a ballot and the candidate promised to unite the party."},
        {"Budget row", "The opposition attacked the government over the budget. Ministers defended the tax plans in a heated parliament debate."},
        {"Referendum", "Voters will decide in a referendum on the constitution. The government and opposition campaigned across the country."},
    };

    /** Eighteen single-label articles: sport, business, politics. */
    public static List<Article> singleLabel() {
        List<Article> out = new ArrayList<>();
        add(out, "sport", SPORT, List.of("sport"));
        add(out, "business", BUSINESS, List.of("business"));
        add(out, "politics", POLITICS, List.of("politics"));
        return out;
    }

    /** The single-label articles, with the budget and trade stories labelled both business and politics. */
    public static List<Article> multiLabel() {
        List<Article> out = new ArrayList<>();
        for (Article a : singleLabel()) {
            if (a.id().equals("politics/4") || a.id().equals("business/5")) {
                out.add(a.withLabels(List.of(a.labels().get(0), a.id().startsWith("politics") ? "business" : "politics")));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static void add(List<Article> out, String prefix, String[][] rows, List<String> labels) {
        for (int i = 0; i < rows.length; i++) {
            out.add(new Article(prefix + "/" + i, rows[i][0], rows[i][1], labels, null, List.of()));
        }
    }
}
