#include "project/outputsplitter.h"
#include "project/trainingprogress.h"

#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

using Stage = TrainingProgress::Stage;

// `rasa train` output as Rasa 2.8.34 and 3.6.21 really print it
// (tests/data/launcher/), fed through the splitter as the process is read.
class TestTrainingProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realTraining_data();
    void realTraining();
    void nothingChanged();
    void brokenDomainNamesNoModel();
    void descriptions();

private:
    static QList<TrainingProgress> replay(const QString &file);
};

QList<TrainingProgress> TestTrainingProgress::replay(const QString &file)
{
    OutputSplitter splitter;
    TrainingOutputParser parser;
    QList<TrainingProgress> changes;
    const QByteArray output = TestSupport::readFile(TestSupport::dataPath(file));
    for (const OutputSplitter::Piece &piece : splitter.feed(output) + splitter.finish()) {
        if (parser.feed(piece.text))
            changes.append(parser.progress());
    }
    return changes;
}

void TestTrainingProgress::realTraining_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("stages");
    QTest::addColumn<QString>("model");
    QTest::newRow("2.8") << u"launcher/rasa-2.8/train.txt"_s
                         << QStringList{u"nlu"_s,
                                        u"WhitespaceTokenizer"_s,
                                        u"RegexFeaturizer"_s,
                                        u"CountVectorsFeaturizer"_s,
                                        u"DIETClassifier"_s,
                                        u"EntitySynonymMapper"_s,
                                        u"core"_s,
                                        u"done"_s}
                         << u"/tmp/launcher-rec/proj-2.8/models/20261207-151953.tar.gz"_s;
    QTest::newRow("3.6") << u"launcher/rasa-3.6/train.txt"_s
                         << QStringList{u"validating"_s,
                                        u"RegexFeaturizer"_s,
                                        u"CountVectorsFeaturizer"_s,
                                        u"DIETClassifier"_s,
                                        u"EntitySynonymMapper"_s,
                                        u"MemoizationPolicy"_s,
                                        u"RulePolicy"_s,
                                        u"done"_s}
                         << u"models/20261207-152204-grandioso-amp.tar.gz"_s;
}

void TestTrainingProgress::realTraining()
{
    QFETCH(QString, file);
    QFETCH(QStringList, stages);
    QFETCH(QString, model);
    const QList<TrainingProgress> changes = replay(file);
    QStringList seen;
    QList<int> epochs;
    for (const TrainingProgress &p : changes) {
        QString name = p.stage == Stage::Validating ? u"validating"_s
            : p.stage == Stage::TrainingNlu         ? u"nlu"_s
            : p.stage == Stage::TrainingCore        ? u"core"_s
            : p.stage == Stage::Done                ? u"done"_s
                                                    : p.component;
        if (seen.isEmpty() || seen.last() != name) // two featurizers in a row read as one
            seen.append(name);
        if (p.component == u"DIETClassifier"_s && p.epochs > 0) {
            QCOMPARE(p.epochs, 20);
            epochs.append(p.epoch);
        }
    }
    QVERIFY2(seen == stages, qPrintable(seen.join(u", "_s)));
    QVERIFY2(epochs.size() > 5, "DIET's progress bar is read");
    QVERIFY(std::is_sorted(epochs.begin(), epochs.end()));
    QCOMPARE(epochs.last(), 20);
    QCOMPARE(changes.last().modelPath, model);
    QVERIFY(!changes.last().nothingChanged);
}

void TestTrainingProgress::nothingChanged()
{
    const QList<TrainingProgress> changes = replay(u"launcher/rasa-2.8/train-again.txt"_s);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.last().stage, Stage::Done);
    QVERIFY(changes.last().nothingChanged);
    QCOMPARE(changes.last().modelPath,
             u"/tmp/launcher-rec/proj-2.8/models/20261207-151953.tar.gz"_s);
    // 3.6 has no "Nothing changed": it restores what it can from its cache
    // and writes a new model.
    const QList<TrainingProgress> again = replay(u"launcher/rasa-3.6/train-again.txt"_s);
    QVERIFY(std::any_of(again.begin(), again.end(), [](const TrainingProgress &p) {
        return p.fromCache && p.component == u"RegexFeaturizer"_s;
    }));
    QVERIFY(!again.last().nothingChanged);
    QVERIFY(again.last().modelPath.startsWith(u"models/"_s));
}

void TestTrainingProgress::brokenDomainNamesNoModel()
{
    for (const QString &line : {u"2.8"_s, u"3.6"_s}) {
        const QList<TrainingProgress> changes =
            replay(u"launcher/rasa-%1/train-broken.txt"_s.arg(line));
        QVERIFY(changes.isEmpty() || changes.last().stage != Stage::Done);
    }
}

void TestTrainingProgress::descriptions()
{
    TrainingProgress progress;
    QCOMPARE(progress.describe(), u"Starting Rasa…"_s);
    progress.stage = Stage::TrainingComponent;
    progress.component = u"DIETClassifier"_s;
    QCOMPARE(progress.describe(), u"Training DIETClassifier…"_s);
    progress.fromCache = true;
    QCOMPARE(progress.describe(), u"Reusing DIETClassifier from Rasa's cache…"_s);
    progress.stage = Stage::Done;
    progress.nothingChanged = true;
    QCOMPARE(progress.describe(), u"Nothing changed since the last training."_s);
}

QTEST_GUILESS_MAIN(TestTrainingProgress)
#include "tst_trainingprogress.moc"
