#include "diffhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestDiffHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursAddedRemovedAndHunkLines();
};

namespace {

//! The format the highlighter gave a line (none: default QTextCharFormat).
QTextCharFormat lineFormat(const QTextDocument &document, int line)
{
    const QList<QTextLayout::FormatRange> formats =
        document.findBlockByNumber(line).layout()->formats();
    return formats.isEmpty() ? QTextCharFormat() : formats.first().format;
}

} // namespace

void TestDiffHighlighter::coloursAddedRemovedAndHunkLines()
{
    QPlainTextEdit edit;
    new DiffHighlighter(edit.document(), edit.palette());
    edit.setPlainText(
        u"--- a/data/stories.yml\n+++ b/data/stories.yml\n@@ -1,2 +1,3 @@\n stories:\n"
        "+- story: interactive_story_1\n-- story: old\n"_s);
    const QTextDocument &document = *edit.document();
    const QColor added = lineFormat(document, 4).background().color();
    const QColor removed = lineFormat(document, 5).background().color();
    QVERIFY(lineFormat(document, 4).hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(added.green() > added.red()); // green-ish
    QVERIFY(removed.red() > removed.green()); // red-ish
    const QColor link = edit.palette().color(QPalette::Link);
    for (int header : {0, 1, 2}) { // file names and hunk headers, not changes
        QCOMPARE(lineFormat(document, header).foreground().color(), link);
        QVERIFY(!lineFormat(document, header).hasProperty(QTextFormat::BackgroundBrush));
    }
    QVERIFY(lineFormat(document, 3).properties().isEmpty()); // context keeps the text colour
}

QTEST_MAIN(TestDiffHighlighter)
#include "tst_diffhighlighter.moc"
