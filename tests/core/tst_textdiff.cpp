#include "export/textdiff.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unified_data();
    void unified();
    void scriptRebuildsBothTexts_data();
    void scriptRebuildsBothTexts();
    void isMinimal();
    void hugeChangesStayExact();
};

void TestTextDiff::unified_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("oldLabel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal") << u"a\nb\n"_s << u"a\nb\n"_s << u"a/f"_s << QString();
    QTest::newRow("new file") << QString() << u"x\ny\n"_s << QString()
                              << u"--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n"_s;
    QTest::newRow("insert in the middle")
        << u"1\n2\n3\n4\n5\n6\n7\n8\n"_s << u"1\n2\n3\n4\nnew\n5\n6\n7\n8\n"_s << u"a/f"_s
        << u"--- a/f\n+++ b/f\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n"_s;
    QTest::newRow("two hunks")
        << u"a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n"_s << u"A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n"_s << u"a/f"_s
        << u"--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n"_s;
    QTest::newRow("no newline at end")
        << u"a\nb"_s << u"a\nb\nc\n"_s << u"a/f"_s
        << u"--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n"_s;
    QTest::newRow("single line hunk")
        << u"x\n"_s << u"y\n"_s << u"a/f"_s << u"--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n+y\n"_s;
}

void TestTextDiff::unified()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, oldLabel);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::unified(before, after, oldLabel, u"b/f"_s), expected);
}

void TestTextDiff::scriptRebuildsBothTexts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("interleaved") << u"a\nb\nc\nd\ne\n"_s << u"b\nx\nc\ne\nf\n"_s;
    QTest::newRow("all different") << u"1\n2\n"_s << u"3\n4\n5\n"_s;
    QTest::newRow("to empty") << u"1\n2\n"_s << QString();
    QTest::newRow("repeated lines") << u"a\na\nb\na\n"_s << u"a\nb\na\na\nb\n"_s;
}

void TestTextDiff::scriptRebuildsBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QString oldText;
    QString newText;
    for (const TextDiff::Line &line : TextDiff::lines(before, after)) {
        if (line.kind != TextDiff::Line::Kind::Added)
            oldText += line.text + u'\n';
        if (line.kind != TextDiff::Line::Kind::Removed)
            newText += line.text + u'\n';
    }
    QCOMPARE(oldText, before);
    QCOMPARE(newText, after);
}

void TestTextDiff::isMinimal()
{
    // a b c a b b a → c b a b a c (Myers' paper): distance 5.
    const QString a = u"a\nb\nc\na\nb\nb\na\n"_s;
    const QString b = u"c\nb\na\nb\na\nc\n"_s;
    int edits = 0;
    for (const TextDiff::Line &line : TextDiff::lines(a, b))
        edits += line.kind == TextDiff::Line::Kind::Same ? 0 : 1;
    QCOMPARE(edits, 5);
}

void TestTextDiff::hugeChangesStayExact()
{
    QString before;
    QString after;
    for (int i = 0; i < 3000; ++i) {
        before += u"old %1\n"_s.arg(i);
        after += u"new %1\n"_s.arg(i);
    }
    // Beyond the search cap the diff is "remove all, add all": still exact.
    const QList<TextDiff::Line> script = TextDiff::lines(before, after);
    QCOMPARE(script.size(), 6000);
    QCOMPARE(script.first().kind, TextDiff::Line::Kind::Removed);
    QCOMPARE(script.last(), (TextDiff::Line{TextDiff::Line::Kind::Added, u"new 2999"_s}));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
