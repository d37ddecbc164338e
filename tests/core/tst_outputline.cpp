#include "project/outputline.h"
#include "project/outputsplitter.h"

#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestOutputLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void tailLeavesOutPythonWarnings_data();
    void tailLeavesOutPythonWarnings();
    void tailKeepsTheLastLines();

private:
    static QStringList lines(const QString &file);
};

QStringList TestOutputLine::lines(const QString &file)
{
    OutputSplitter splitter;
    QStringList result;
    const QByteArray bytes = TestSupport::readFile(TestSupport::dataPath(file));
    for (const OutputSplitter::Piece &piece : splitter.feed(bytes) + splitter.finish()) {
        if (piece.isLine)
            result.append(piece.text);
    }
    return result;
}

void TestOutputLine::classify_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("severity");
    const int info = int(OutputSeverity::Info);
    const int warning = int(OutputSeverity::Warning);
    const int error = int(OutputSeverity::Error);
    // Lines from the recorded output in tests/data/launcher.
    QTest::newRow("info") << u"2026-12-07 15:20:23 INFO     root  - Starting Rasa server on "
                             "http://localhost:60675"_s
                          << info;
    QTest::newRow("rasa warning") << u"2026-12-07 15:19:05 WARNING  rasa.shared.utils.common  - "
                                     "The end-to-end training is currently experimental"_s
                                  << warning;
    QTest::newRow("python warning")
        << u"/venv/lib/python3.8/site-packages/rasa/shared/utils/validation.py:131: "
           "DeprecationWarning: pkg_resources is deprecated as an API."_s
        << warning;
    QTest::newRow("sanic error") << u"[2026-12-07 15:21:18 +0000] [17565] [ERROR] Unable to "
                                    "start server"_s
                                 << error;
    QTest::newRow("os error") << u"OSError: [Errno 98] error while attempting to bind on address "
                                 "('127.0.0.1', 60675): address already in use"_s
                              << error;
    QTest::newRow("exception") << u"YamlSyntaxException: Failed to read YAML. while parsing a "
                                  "flow sequence"_s
                               << error;
    QTest::newRow("traceback") << u"Traceback (most recent call last):"_s << error;
    QTest::newRow("error level") << u"2023-01-01 10:00:00 ERROR    rasa.core.actions.action  - "
                                    "Failed to run custom action"_s
                                 << error;
    QTest::newRow("progress") << u"Epochs: 100%|██████████| 20/20 [00:05<00:00]"_s << info;
    QTest::newRow("word error in text") << u"2026-12-07 INFO  x - no errors found"_s << info;
}

void TestOutputLine::classify()
{
    QFETCH(QString, line);
    QFETCH(int, severity);
    QCOMPARE(int(OutputLine::classify(line)), severity);
}

void TestOutputLine::tailLeavesOutPythonWarnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lastLine");
    QTest::newRow("2.8 broken domain") << u"launcher/rasa-2.8/train-broken.txt"_s
                                       << u"You can use https://yamlchecker.com/ to validate the "
                                          "YAML syntax of your file."_s;
    QTest::newRow("3.6 broken endpoints") << u"launcher/rasa-3.6/server-exit.txt"_s
                                          << u"You can use https://yamlchecker.com/ to validate "
                                             "the YAML syntax of your file."_s;
}

void TestOutputLine::tailLeavesOutPythonWarnings()
{
    QFETCH(QString, file);
    QFETCH(QString, lastLine);
    const QStringList all = lines(file);
    QVERIFY(std::any_of(all.begin(), all.end(),
                        [](const QString &l) { return l.contains(u"DeprecationWarning"_s); }));
    const QStringList tail = OutputLine::tail(all, 10);
    for (const QString &line : tail) {
        QVERIFY2(!line.contains(u"Warning: "_s), qPrintable(line));
        // The warnings' quoted source lines and message lines.
        for (const QString &noise : {u"  import "_s, u"  declare_namespace("_s,
                                     u"Implementing implicit namespace packages"_s})
            QVERIFY2(!line.startsWith(noise), qPrintable(line));
    }
    QVERIFY(std::any_of(tail.begin(), tail.end(), [](const QString &l) {
        return l.startsWith(u"YamlSyntaxException: Failed to read"_s);
    }));
    QCOMPARE(tail.last(), lastLine);
}

void TestOutputLine::tailKeepsTheLastLines()
{
    const QStringList lines{u"a"_s, u""_s, u"b"_s, u"c"_s, u"d"_s};
    QCOMPARE(OutputLine::tail(lines, 2), (QStringList{u"c"_s, u"d"_s}));
    QCOMPARE(OutputLine::tail(lines, 10), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
}

QTEST_GUILESS_MAIN(TestOutputLine)
#include "tst_outputline.moc"
