#include "export/exporter.h"
#include "model/tracker.h"
#include "parallel.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

ExportInput moodInput(const QString &folder)
{
    const QString base = TestSupport::dataPath(u"conformance/mood1/"_s);
    ExportInput input;
    Result<TrackerSnapshot> tracker = TrackerSnapshot::fromJson(TestSupport::readJson(base + u"tracker.json"_s), true);
    input.conversations = {ExportConversation{tracker->senderId, tracker->events}};
    input.domain = Domain::fromFile(base + u"domain.json"_s).value();
    input.newResponses = {ResponseDefinition{u"utter_happy_new"_s,
                                             QJsonArray{QJsonObject{{u"text"_s, u"Glad to hear it!"_s}}}}};
    input.options.storiesPath = folder + u"/data/stories.yml"_s;
    input.options.nluPath = folder + u"/data/nlu.yml"_s;
    input.options.domainPath = folder + u"/domain.yml"_s;
    return input;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void previewsBeforeWriting();
    void writesAllFilesAtomically();
    void reportsTheFileThatFailed();
    void nothingToWriteForAnEmptySession();
    void unansweredMessageIsAnExampleButNoStoryStep();
    void bigExportsAreTheSameOnEveryRun();
    void rasaVersion_data();
    void rasaVersion();
};

void TestExporter::previewsBeforeWriting()
{
    QTemporaryDir dir;
    const ExportInput input = moodInput(dir.path());
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview.isOk(), qPrintable(preview.error().toString()));
    QVERIFY(preview->hasChanges());
    QCOMPARE(preview->files.size(), 3);
    QVERIFY(!QFile::exists(dir.filePath(u"data"_s))); // nothing written yet
    const FileChange &stories = preview->files.at(0);
    QCOMPARE(stories.kind, FileChange::Kind::Stories);
    QVERIFY(!stories.exists);
    QVERIFY(stories.diff().startsWith("--- /dev/null\n+++ b/"_L1 + stories.path + u'\n'));
    QVERIFY(stories.diff().contains("+- story: interactive_story_2\n"_L1));
    QVERIFY(stories.newContent.startsWith("version: \"2.0\"\nstories:\n"));
    QCOMPARE(preview->files.at(1).kind, FileChange::Kind::Nlu);
    QVERIFY(preview->files.at(1).summary.contains(u'3'));
    QVERIFY(preview->files.at(2).newContent.contains("utter_happy_new:\n  - text: Glad to hear it!\n"));
}

void TestExporter::writesAllFilesAtomically()
{
    QTemporaryDir dir;
    Result<ExportPreview> preview = Exporter::prepare(moodInput(dir.path()));
    QVERIFY(preview.isOk());
    QStringList written;
    QVERIFY(Exporter::write(*preview, &written).isOk());
    QCOMPARE(written.size(), 3);
    for (const FileChange &file : preview->files) {
        QFile read(file.path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), file.newContent);
    }
    // No temporary files of QSaveFile are left behind.
    QCOMPARE(QDir(dir.filePath(u"data"_s)).entryList(QDir::Files), (QStringList{u"nlu.yml"_s, u"stories.yml"_s}));
    // A second export of the same session only adds the stories again.
    Result<ExportPreview> again = Exporter::prepare(moodInput(dir.path()));
    QVERIFY(again.isOk());
    QVERIFY(again->files.at(0).changed);
    QVERIFY(again->files.at(0).diff().contains("+- story: interactive_story_3\n"_L1));
    QVERIFY(!again->files.at(1).changed);
    QVERIFY(!again->files.at(2).changed);
}

void TestExporter::reportsTheFileThatFailed()
{
    QTemporaryDir dir;
    ExportInput input = moodInput(dir.path());
    input.options.nluPath = dir.filePath(u"later/nlu.yml"_s);
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    // The folder for the NLU file turns into a file after the preview.
    QFile blocker(dir.filePath(u"later"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QStringList written;
    Status status = Exporter::write(*preview, &written);
    QVERIFY(!status.isOk());
    QCOMPARE(status.error().where, input.options.nluPath);
    QCOMPARE(written, QStringList{input.options.storiesPath}); // committed before the failure
    QVERIFY(QFile::exists(input.options.storiesPath));
    QVERIFY(!QFile::exists(input.options.domainPath));
}

void TestExporter::nothingToWriteForAnEmptySession()
{
    QTemporaryDir dir;
    ExportInput input = moodInput(dir.path());
    input.conversations = {ExportConversation{u"empty"_s, {Event::actionListen()}}};
    input.newResponses.clear();
    input.options.domainPath.clear();
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    QVERIFY(!preview->hasChanges());
    QVERIFY(Exporter::write(*preview).isOk());
    QVERIFY(!QFile::exists(dir.filePath(u"data"_s)));
}

void TestExporter::unansweredMessageIsAnExampleButNoStoryStep()
{
    // The annotator confirmed "bye" as goodbye, then restarted before the
    // bot answered: the NLU example is theirs, the half turn is no story.
    const auto user = [](const QString &text, const QString &intent) {
        return Event::user(text, ParseData::corrected(text, intent, {}));
    };
    QTemporaryDir dir;
    ExportInput input;
    input.conversations = {ExportConversation{
        u"c"_s, {Event::actionListen(), user(u"hello there"_s, u"greet"_s), Event::action(u"utter_greet"_s),
                 Event::actionListen(), user(u"bye for now"_s, u"goodbye"_s), Event::restart()}}};
    input.options.storiesPath = dir.filePath(u"stories.yml"_s);
    input.options.nluPath = dir.filePath(u"nlu.yml"_s);
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview.isOk(), qPrintable(preview.error().toString()));
    const QByteArray stories = preview->files.at(0).newContent;
    QVERIFY(stories.endsWith("  - intent: greet\n  - action: utter_greet\n"));
    QVERIFY(!stories.contains("goodbye"));
    QVERIFY(preview->files.at(1).newContent.contains("- intent: goodbye\n  examples: |\n    - bye for now\n"));
}

void TestExporter::bigExportsAreTheSameOnEveryRun()
{
    // Big exports read and render on several threads; the files must not
    // depend on how the work was cut or scheduled.
    ExportInput input;
    for (int i = 0; i < 1200; ++i) { // several slices of conversations and of stories
        const QString text = u"fly to Rome on day %1"_s.arg(i % 31);
        const Entity city = Entity::onSpan(u"city"_s, u"Rome"_s, 7, 11, i % 3 ? QString() : u"to"_s);
        input.conversations.append(ExportConversation{
            u"c%1"_s.arg(i),
            {Event::actionListen(), Event::user(text, ParseData::corrected(text, u"book"_s, {city})),
             Event::slot(u"price"_s, 12.5 + i), Event::action(u"utter_booked_%1"_s.arg(i % 7)),
             Event::actionListen()}});
    }
    QTemporaryDir dir;
    input.options.storiesPath = dir.filePath(u"stories.yml"_s);
    input.options.nluPath = dir.filePath(u"nlu.yml"_s);
    input.options.domainPath = dir.filePath(u"domain.yml"_s);
    // The work is cut by the pool's thread count (core/parallel.h): one
    // thread is the reference, then other cuts and schedules.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    const auto restore = qScopeGuard([pool, threads] { pool->setMaxThreadCount(threads); });
    pool->setMaxThreadCount(1);
    Result<ExportPreview> first = Exporter::prepare(input);
    QVERIFY2(first.isOk(), qPrintable(first.error().toString()));
    QVERIFY(first->files.at(0).newContent.contains("- story: interactive_story_1200\n"));
    QVERIFY(first->files.at(0).newContent.contains("\n    - price: 411.5\n"));
    for (int count : {2, 3, 4, 8}) {
        pool->setMaxThreadCount(count);
        QCOMPARE(Parallel::slices(input.conversations.size(), 64).size(), qMin(count * 4, 18));
        Result<ExportPreview> again = Exporter::prepare(input);
        QVERIFY(again.isOk());
        for (int file = 0; file < 3; ++file)
            QCOMPARE(again->files.at(file).newContent, first->files.at(file).newContent);
    }
}

void TestExporter::rasaVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<int>("major");
    QTest::newRow("server 2.8") << u"2.8.1"_s << QByteArray("version: '3.1'\n") << 2;
    QTest::newRow("server 3.6") << u"3.6.2"_s << QByteArray() << 3;
    QTest::newRow("from domain") << QString() << QByteArray("version: \"2.0\"\n") << 2;
    QTest::newRow("default") << QString() << QByteArray() << 3;
    QTest::newRow("garbage") << u"latest"_s << QByteArray() << 3;
}

void TestExporter::rasaVersion()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, domain);
    QFETCH(int, major);
    ExportInput input;
    input.options.rasaVersion = version;
    input.domain = Domain::fromYaml(domain).value();
    QCOMPARE(Exporter::rasaMajorVersion(input), major);
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
