package dev.productscope.ui.help;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * A CommonMark document (as parsed by commonmark-java) laid out as JavaFX nodes: headings,
 * paragraphs of styled text, lists, quotes and code blocks. Code blocks are read-only text areas,
 * so an example can be selected and copied. Raw HTML is shown as the text it is, never run.
 * Colours come from the stylesheet ({@code help.css}), so the light and dark themes both read.
 */
final class MarkdownView {

    static final String ROOT_CLASS = "markdown";

    private MarkdownView() {
    }

    /**
     * The document as a column of nodes; a link's activation hands its destination to
     * {@code openLink}.
     */
    static VBox render(Document document, Consumer<String> openLink) {
        VBox root = new VBox(8);
        root.getStyleClass().add(ROOT_CLASS);
        new Blocks(root, openLink).children(document);
        return root;
    }

    /** A visitor that others may start on a node's children. */
    private abstract static class Walker extends AbstractVisitor {
        final void children(Node parent) {
            visitChildren(parent);
        }
    }

    /** Lays out block nodes into {@code into}, one child each. */
    private static final class Blocks extends Walker {
        private final VBox into;
        private final Consumer<String> openLink;

        Blocks(VBox into, Consumer<String> openLink) {
            this.into = into;
            this.openLink = openLink;
        }

        @Override
        public void visit(Heading heading) {
            TextFlow flow = inlines(heading);
            flow.getStyleClass().addAll("md-heading", "md-h" + heading.getLevel());
            into.getChildren().add(flow);
        }

        @Override
        public void visit(Paragraph paragraph) {
            TextFlow flow = inlines(paragraph);
            flow.getStyleClass().add("md-paragraph");
            into.getChildren().add(flow);
        }

        @Override
        public void visit(BulletList list) {
            into.getChildren().add(list(list, null));
        }

        @Override
        public void visit(OrderedList list) {
            into.getChildren().add(list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber()));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            into.getChildren().add(code(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            into.getChildren().add(code(code.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock html) {
            into.getChildren().add(code(html.getLiteral()));
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox box = new VBox(6);
            box.getStyleClass().add("md-quote");
            new Blocks(box, openLink).children(quote);
            into.getChildren().add(box);
        }

        @Override
        public void visit(ThematicBreak rule) {
            into.getChildren().add(new Separator());
        }

        private VBox list(Node list, Integer start) {
            VBox items = new VBox(4);
            items.getStyleClass().add("md-list");
            int number = start == null ? 0 : start;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Label marker = new Label(start == null ? "•" : (number++) + ".");
                marker.getStyleClass().add("md-marker");
                marker.setMinWidth(start == null ? 14 : 24);
                VBox body = new VBox(4);
                new Blocks(body, openLink).children(item);
                HBox.setHgrow(body, Priority.ALWAYS);
                items.getChildren().add(new HBox(4, marker, body));
            }
            return items;
        }

        private TextArea code(String literal) {
            String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            TextArea area = new TextArea(text);
            area.getStyleClass().add("md-code-block");
            area.setEditable(false);
            area.setWrapText(false);
            // One row more than the lines: a long line brings a horizontal scroll bar.
            area.setPrefRowCount((int) text.lines().count() + 1);
            area.setFocusTraversable(false);
            return area;
        }

        private TextFlow inlines(Node block) {
            TextFlow flow = new TextFlow();
            new Inlines(flow, openLink).children(block);
            return flow;
        }
    }

    /** Adds the runs of one paragraph or heading to a text flow, with the styles in force. */
    private static final class Inlines extends Walker {
        private final TextFlow flow;
        private final Consumer<String> openLink;
        private final Deque<String> styles = new ArrayDeque<>();

        Inlines(TextFlow flow, Consumer<String> openLink) {
            this.flow = flow;
            this.openLink = openLink;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            styles.push("md-code");
            add(code.getLiteral());
            styles.pop();
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled("md-emphasis", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled("md-strong", strong);
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            add(" ");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            add("\n");
        }

        @Override
        public void visit(HtmlInline html) {
            add(html.getLiteral());
        }

        @Override
        public void visit(Image image) {
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            Hyperlink hyperlink = new Hyperlink(plainText(link));
            hyperlink.getStyleClass().add("md-link");
            hyperlink.setOnAction(e -> openLink.accept(destination));
            hyperlink.setTooltip(new javafx.scene.control.Tooltip(destination));
            flow.getChildren().add(hyperlink);
        }

        private void styled(String style, Node node) {
            styles.push(style);
            visitChildren(node);
            styles.pop();
        }

        private void add(String literal) {
            Text run = new Text(literal);
            run.getStyleClass().add("md-text");
            run.getStyleClass().addAll(styles);
            flow.getChildren().add(run);
        }
    }

    /** The text of a node and its descendants, without markup. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    /** The text a rendered view shows, block by block: for tests and for copying the whole page. */
    static String shownText(Parent view) {
        StringBuilder text = new StringBuilder();
        collect(view, text);
        return text.toString();
    }

    private static void collect(javafx.scene.Node node, StringBuilder text) {
        if (node instanceof TextFlow flow) {
            for (javafx.scene.Node run : flow.getChildren()) {
                if (run instanceof Text t) {
                    text.append(t.getText());
                } else if (run instanceof Hyperlink link) {
                    text.append(link.getText());
                }
            }
            text.append('\n');
        } else if (node instanceof TextArea area) {
            text.append(area.getText()).append('\n');
        } else if (node instanceof Label label) {
            text.append(label.getText()).append(' ');
        } else if (node instanceof Parent parent && !(node instanceof Hyperlink)) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                collect(child, text);
            }
        }
    }
}
