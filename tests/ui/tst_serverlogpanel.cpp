#include "serverlogpanel.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestServerLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsWarningsAndErrors();
    void keepsTheLastLines();
};

void TestServerLogPanel::highlightsWarningsAndErrors()
{
    ServerLogPanel panel;
    panel.appendLine(u"server"_s, u"2026-12-07 15:20:23 INFO     root  - Starting Rasa server"_s);
    panel.appendLine(u"train"_s,
                     u"2026-12-07 15:19:05 WARNING  rasa.shared.utils.common  - "
                     "The end-to-end training is currently experimental"_s);
    panel.appendLine(u"server"_s,
                     u"OSError: [Errno 98] error while attempting to bind on "
                     "address ('127.0.0.1', 60675): address already in use"_s);
    panel.appendNote(u"Starting the Rasa server…"_s);
    QCOMPARE(panel.lineCount(), 4);
    QVERIFY(panel.lineText(0).startsWith(u"[server] 2026-12-07"_s));
    QCOMPARE(panel.severity(0), OutputSeverity::Info);
    QCOMPARE(panel.severity(1), OutputSeverity::Warning);
    QCOMPARE(panel.severity(2), OutputSeverity::Error);
    QVERIFY(panel.lineText(3).endsWith(u"Starting the Rasa server…"_s));
    // The colours differ: warnings and errors stand out from the rest.
    auto colour = [&panel](int line) {
        return panel.view()
            ->document()
            ->findBlockByNumber(line)
            .begin()
            .fragment()
            .charFormat()
            .foreground()
            .color();
    };
    QVERIFY(colour(1) != colour(0));
    QVERIFY(colour(2) != colour(0));
    QVERIFY(colour(2) != colour(1));
    QVERIFY(panel.view()
                ->document()
                ->findBlockByNumber(3)
                .begin()
                .fragment()
                .charFormat()
                .fontItalic());
}

void TestServerLogPanel::keepsTheLastLines()
{
    ServerLogPanel panel;
    for (int i = 0; i < ServerLogPanel::MaxLines + 10; ++i)
        panel.appendLine(u"server"_s, u"line %1"_s.arg(i));
    QCOMPARE(panel.lineCount(), ServerLogPanel::MaxLines);
    QCOMPARE(panel.lineText(0), u"[server] line 10"_s);
    panel.clear();
    QCOMPARE(panel.lineCount(), 0);
}

QTEST_MAIN(TestServerLogPanel)
#include "tst_serverlogpanel.moc"
