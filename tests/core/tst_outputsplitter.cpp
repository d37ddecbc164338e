#include "project/outputsplitter.h"

#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

using Piece = OutputSplitter::Piece;

class TestOutputSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAndProgress();
    void partialLinesWaitForTheRest();
    void carriageReturnAtTheEndOfAChunk();
    void coloursAreRemoved();
    void finishFlushesTheLastLine();
    void realTrainingOutputByteByByte();
};

void TestOutputSplitter::linesAndProgress()
{
    OutputSplitter splitter;
    const QList<Piece> pieces = splitter.feed("one\n\rbar 1\rbar 2\ntwo\r\n");
    const QList<Piece> expected{
        {u"one"_s, true}, {u"bar 1"_s, false}, {u"bar 2"_s, true}, {u"two"_s, true}};
    QCOMPARE(pieces, expected);
}

void TestOutputSplitter::partialLinesWaitForTheRest()
{
    OutputSplitter splitter;
    QVERIFY(splitter.feed("Rasa Ver").isEmpty());
    QCOMPARE(splitter.feed("sion: 3.6.21\n"), (QList<Piece>{{u"Rasa Version: 3.6.21"_s, true}}));
    // UTF-8 cut in the middle of a character (tqdm's bars are block characters).
    const QByteArray bar = QStringLiteral("█").toUtf8();
    QVERIFY(splitter.feed(bar.left(1)).isEmpty());
    QCOMPARE(splitter.feed(bar.mid(1) + '\n'), (QList<Piece>{{QStringLiteral("█"), true}}));
}

void TestOutputSplitter::carriageReturnAtTheEndOfAChunk()
{
    OutputSplitter splitter;
    QVERIFY(splitter.feed("line\r").isEmpty()); // \r\n or a progress update? Wait.
    QCOMPARE(splitter.feed("\nnext\n"), (QList<Piece>{{u"line"_s, true}, {u"next"_s, true}}));
    QVERIFY(splitter.feed("bar\r").isEmpty());
    QCOMPARE(splitter.feed("bar 2\n"), (QList<Piece>{{u"bar"_s, false}, {u"bar 2"_s, true}}));
}

void TestOutputSplitter::coloursAreRemoved()
{
    OutputSplitter splitter;
    QCOMPARE(splitter.feed("\x1b[92mYour Rasa model is trained.\x1b[0m\n"),
             (QList<Piece>{{u"Your Rasa model is trained."_s, true}}));
}

void TestOutputSplitter::finishFlushesTheLastLine()
{
    OutputSplitter splitter;
    QVERIFY(splitter.feed("no newline at the end\r").isEmpty());
    QCOMPARE(splitter.finish(), (QList<Piece>{{u"no newline at the end"_s, true}}));
    QVERIFY(splitter.finish().isEmpty());
}

void TestOutputSplitter::realTrainingOutputByteByByte()
{
    // Pipes deliver any chunk sizes: byte by byte must give what one read does.
    const QByteArray output =
        TestSupport::readFile(TestSupport::dataPath(u"launcher/rasa-2.8/train.txt"_s));
    OutputSplitter whole;
    QList<Piece> expected = whole.feed(output) + whole.finish();
    OutputSplitter bytewise;
    QList<Piece> pieces;
    for (char c : output)
        pieces += bytewise.feed(QByteArray(1, c));
    pieces += bytewise.finish();
    QCOMPARE(pieces.size(), expected.size());
    QCOMPARE(pieces, expected);
    QVERIFY(std::any_of(pieces.begin(), pieces.end(), [](const Piece &p) {
        return !p.isLine && p.text.startsWith(u"Epochs:"_s);
    }));
    QCOMPARE(pieces.last().text,
             u"Your Rasa model is trained and saved at "
             "'/tmp/launcher-rec/proj-2.8/models/20261207-151953.tar.gz'."_s);
}

QTEST_GUILESS_MAIN(TestOutputSplitter)
#include "tst_outputsplitter.moc"
