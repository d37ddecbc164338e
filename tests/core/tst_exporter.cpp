#include "parallel.h"

#include "export/exporter.h"
#include "export/storyreader.h"
#include "export/textdiff.h"
#include "model/tracker.h"
#include "session/sessionformat.h"
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

Event user(const QString &text, const QString &intent, const QList<Entity> &entities = {})
{
    return Event::user(text, ParseData::corrected(text, intent, entities));
}

//! A conversation of `turns` turns: greet, then mood_great turns.
EventList turns(int count)
{
    EventList events{Event::action(u"action_session_start"_s), Event::sessionStarted(),
                     Event::actionListen()};
    for (int i = 0; i < count; ++i) {
        events +=
            {user(i == 0 ? u"hi"_s : u"great %1"_s.arg(i), i == 0 ? u"greet"_s : u"mood_great"_s),
             Event::action(i == 0 ? u"utter_greet"_s : u"utter_happy"_s), Event::actionListen()};
    }
    return events;
}

//! Writes, then gives the conversations the records the export made (as the
//! app keeps them in the session).
void exportAndRecord(ExportInput &input)
{
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview.isOk(), qPrintable(preview.error().toString()));
    QVERIFY(Exporter::write(*preview).isOk());
    for (const StoryRecordUpdate &update : preview->records) {
        for (ExportConversation &conversation : input.conversations) {
            if (conversation.id != update.conversationId)
                continue;
            conversation.records.removeIf([&update](const StoryRecord &r) {
                return r.part == update.record.part && r.file == update.record.file;
            });
            conversation.records.append(update.record);
        }
    }
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<StoryOutcome::Kind> kinds(const ExportPreview &preview)
{
    QList<StoryOutcome::Kind> result;
    for (const StoryOutcome &outcome : preview.stories)
        result.append(outcome.kind);
    return result;
}

ExportInput moodInput(const QString &folder)
{
    const QString base = TestSupport::dataPath(u"conformance/mood1/"_s);
    ExportInput input;
    Result<TrackerSnapshot> tracker =
        TrackerSnapshot::fromJson(TestSupport::readJson(base + u"tracker.json"_s), true);
    input.conversations = {ExportConversation{tracker->senderId, tracker->events}};
    input.domain = Domain::fromFile(base + u"domain.json"_s).value();
    input.newResponses = {ResponseDefinition{
        u"utter_happy_new"_s, QJsonArray{QJsonObject{{u"text"_s, u"Glad to hear it!"_s}}}}};
    input.options.storiesPath = folder + u"/data/stories.yml"_s;
    input.options.nluPath = folder + u"/data/nlu.yml"_s;
    input.options.domainPath = folder + u"/domain.yml"_s;
    return input;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewsBeforeWriting();
    void writesAllFilesAtomically();
    void reportsTheFileThatFailed();
    void nothingToWriteForAnEmptySession();
    void unansweredMessageIsAnExampleButNoStoryStep();
    void bigExportsAreTheSameOnEveryRun();
    void exportingTwiceChangesNoFile_data();
    void exportingTwiceChangesNoFile();
    void exportingAfterReopeningChangesNoFile();
    void oneMoreTurnReplacesExactlyOneStory_data();
    void oneMoreTurnReplacesExactlyOneStory();
    void undoReplacesTheStoryToo();
    void storyOfTheProjectIsSkippedWithTheReason();
    void beginningOfAProjectStoryIsWrittenWithANote();
    void storyEditedByHandIsNotOverwritten();
    void sameStoryTwiceInOneExportIsWrittenOnce();
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
    QVERIFY(
        preview->files.at(2).newContent.contains("utter_happy_new:\n  - text: Glad to hear it!\n"));
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
    QCOMPARE(QDir(dir.filePath(u"data"_s)).entryList(QDir::Files),
             (QStringList{u"nlu.yml"_s, u"stories.yml"_s}));
    // A second export of the same session, even without its records, adds
    // nothing: it finds its stories in the file and takes them as its own.
    Result<ExportPreview> again = Exporter::prepare(moodInput(dir.path()));
    QVERIFY(again.isOk());
    QVERIFY(!again->hasChanges());
    QCOMPARE(again->stories.size(), preview->stories.size());
    for (qsizetype i = 0; i < again->stories.size(); ++i) {
        QCOMPARE(again->stories.at(i).kind, StoryOutcome::Kind::Unchanged);
        QCOMPARE(again->records.at(i).record, preview->records.at(i).record);
    }
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
        u"c"_s,
        {Event::actionListen(), user(u"hello there"_s, u"greet"_s), Event::action(u"utter_greet"_s),
         Event::actionListen(), user(u"bye for now"_s, u"goodbye"_s), Event::restart()}}};
    input.options.storiesPath = dir.filePath(u"stories.yml"_s);
    input.options.nluPath = dir.filePath(u"nlu.yml"_s);
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview.isOk(), qPrintable(preview.error().toString()));
    const QByteArray stories = preview->files.at(0).newContent;
    QVERIFY(stories.endsWith("  - intent: greet\n  - action: utter_greet\n"));
    QVERIFY(!stories.contains("goodbye"));
    QVERIFY(preview->files.at(1).newContent.contains(
        "- intent: goodbye\n  examples: |\n    - bye for now\n"));
}

void TestExporter::bigExportsAreTheSameOnEveryRun()
{
    // Big exports read and render on several threads; the files must not
    // depend on how the work was cut or scheduled.
    ExportInput input;
    for (int i = 0; i < 1200; ++i) { // several slices of conversations and of stories
        const QString text = u"fly to Rome on day %1"_s.arg(i % 31);
        const Entity city =
            Entity::onSpan(u"city"_s, u"Rome"_s, 7, 11, i % 3 ? QString() : u"to"_s);
        input.conversations.append(ExportConversation{
            u"c%1"_s.arg(i),
            {Event::actionListen(),
             Event::user(text, ParseData::corrected(text, u"book"_s, {city})),
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

void TestExporter::exportingTwiceChangesNoFile_data()
{
    QTest::addColumn<QString>("stories");
    QTest::addColumn<QString>("nlu");
    QTest::newRow("yaml") << u"data/stories.yml"_s << u"data/nlu.yml"_s;
    QTest::newRow("markdown") << u"data/stories.md"_s << u"data/nlu.md"_s;
    QTest::newRow("json nlu") << u"data/stories.yml"_s << u"data/nlu.json"_s;
}

void TestExporter::exportingTwiceChangesNoFile()
{
    QFETCH(QString, stories);
    QFETCH(QString, nlu);
    QTemporaryDir dir;
    ExportInput input = moodInput(dir.path());
    input.options.rasaVersion = u"2.8.1"_s; // Markdown is Rasa 2.x
    input.options.storiesPath = dir.filePath(stories);
    input.options.nluPath = dir.filePath(nlu);
    exportAndRecord(input);
    QList<QByteArray> first;
    for (const QString &path :
         {input.options.storiesPath, input.options.nluPath, input.options.domainPath})
        first.append(contentOf(path));
    QVERIFY(!first.at(0).isEmpty());
    Result<ExportPreview> again = Exporter::prepare(input);
    QVERIFY(again.isOk());
    QVERIFY(!again->hasChanges());
    QVERIFY(!kinds(*again).isEmpty());
    QVERIFY(!kinds(*again).contains(StoryOutcome::Kind::New));
    QVERIFY(!kinds(*again).contains(StoryOutcome::Kind::Duplicate)); // its records say so
    exportAndRecord(input);
    QList<QByteArray> second;
    for (const QString &path :
         {input.options.storiesPath, input.options.nluPath, input.options.domainPath})
        second.append(contentOf(path));
    QCOMPARE(second, first);
}

void TestExporter::exportingAfterReopeningChangesNoFile()
{
    // The records live in the session file: export, save, reopen, export.
    QTemporaryDir dir;
    SessionData data;
    data.conversations.append(Conversation{u"c1"_s, u"One"_s, {}, turns(3), {}, {}, {}});
    data.conversations.append(Conversation{u"c2"_s, u"Two"_s, {}, turns(2), {}, {}, {}});
    const auto inputOf = [&dir](const SessionData &session) {
        ExportInput input;
        for (const Conversation &conversation : session.conversations)
            input.conversations.append(
                {conversation.id, conversation.events, conversation.exportRecords});
        input.options.storiesPath = dir.filePath(u"data/stories.yml"_s);
        input.options.nluPath = dir.filePath(u"data/nlu.yml"_s);
        input.options.domainPath = dir.filePath(u"domain.yml"_s);
        return input;
    };
    Result<ExportPreview> preview = Exporter::prepare(inputOf(data));
    QVERIFY(preview.isOk());
    QVERIFY(Exporter::write(*preview).isOk());
    for (const StoryRecordUpdate &update : preview->records) {
        for (Conversation &conversation : data.conversations) {
            if (conversation.id == update.conversationId)
                conversation.exportRecords.append(update.record);
        }
    }
    const QString file = dir.filePath(u"session.coach"_s);
    QVERIFY(SessionFormat::writeFile(data, file).isOk());
    QVERIFY(SessionFormat::render(data, dir.path())
                .contains("\"exported\":[{\"file\":\"data/stories.yml\""));
    const QByteArray stories = contentOf(dir.filePath(u"data/stories.yml"_s));
    Result<SessionData> reopened = SessionFormat::readFile(file);
    QVERIFY2(reopened.isOk(), qPrintable(reopened.error().toString()));
    QCOMPARE(reopened->conversations.at(1).exportRecords, data.conversations.at(1).exportRecords);
    Result<ExportPreview> again = Exporter::prepare(inputOf(*reopened));
    QVERIFY(again.isOk());
    QVERIFY(!again->hasChanges());
    QCOMPARE(
        kinds(*again),
        (QList<StoryOutcome::Kind>{StoryOutcome::Kind::Unchanged, StoryOutcome::Kind::Unchanged}));
    QCOMPARE(contentOf(dir.filePath(u"data/stories.yml"_s)), stories);
}

void TestExporter::oneMoreTurnReplacesExactlyOneStory_data()
{
    QTest::addColumn<QString>("stories");
    QTest::newRow("yaml") << u"stories.yml"_s;
    QTest::newRow("markdown") << u"stories.md"_s;
}

void TestExporter::oneMoreTurnReplacesExactlyOneStory()
{
    QFETCH(QString, stories);
    const bool markdown = stories.endsWith(u".md"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(stories);
    // Someone's file: a comment, a hand-written story.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(markdown ? "<!-- kept -->\n## happy path\n* greet\n    - utter_greet\n"
                        : "version: \"2.0\"\n# kept\nstories:\n- story: happy path\n  steps:\n"
                          "  - intent: greet\n  - action: utter_greet\n");
    file.close();
    ExportInput input;
    input.options.rasaVersion = u"2.8.1"_s;
    input.options.storiesPath = path;
    input.conversations = {ExportConversation{u"a"_s, turns(2), {}},
                           ExportConversation{u"b"_s, turns(3), {}},
                           ExportConversation{u"c"_s, turns(4), {}}};
    exportAndRecord(input);
    const QByteArray before = contentOf(path);
    input.conversations[1].events += {user(u"still great"_s, u"mood_great"_s),
                                      Event::action(u"utter_happy"_s), Event::actionListen()};
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview.isOk(), qPrintable(preview.error().toString()));
    QCOMPARE(kinds(*preview),
             (QList<StoryOutcome::Kind>{StoryOutcome::Kind::Unchanged, StoryOutcome::Kind::Replaced,
                                        StoryOutcome::Kind::Unchanged}));
    QCOMPARE(preview->stories.at(1).story, u"interactive_story_2"_s);
    // The diff only adds the turn to that story.
    const QByteArray after = preview->files.at(0).newContent;
    int added = 0;
    for (const TextDiff::Line &line :
         TextDiff::lines(QString::fromUtf8(before), QString::fromUtf8(after))) {
        QVERIFY2(line.kind != TextDiff::Line::Kind::Removed, qPrintable(line.text));
        added += line.kind == TextDiff::Line::Kind::Added ? 1 : 0;
    }
    QCOMPARE(added, 2); // the intent and the action
    QVERIFY(after.contains(markdown ? "<!-- kept -->" : "# kept"));
    Result<StorySteps> read = StoryReader::read(
        after, markdown ? StoryReader::Format::Markdown : StoryReader::Format::Yaml);
    QVERIFY(read.isOk());
    QStringList names;
    for (const StoryStep &step : *read)
        names.append(step.name);
    QCOMPARE(names,
             (QStringList{u"happy path"_s, u"interactive_story_1"_s, u"interactive_story_2"_s,
                          u"interactive_story_3"_s}));
    QCOMPARE(read->at(2).items.size(), 8);
}

void TestExporter::undoReplacesTheStoryToo()
{
    QTemporaryDir dir;
    ExportInput input;
    input.options.storiesPath = dir.filePath(u"stories.yml"_s);
    input.conversations = {ExportConversation{u"a"_s, turns(3), {}}};
    exportAndRecord(input);
    // Undo of the last bot action, then another one.
    input.conversations[0].events +=
        {Event::undo(), Event::undo(), Event::action(u"utter_goodbye"_s), Event::actionListen()};
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    QCOMPARE(kinds(*preview), QList<StoryOutcome::Kind>{StoryOutcome::Kind::Replaced});
    const QByteArray content = preview->files.at(0).newContent;
    QCOMPARE(content.count("- story:"), 1);
    QVERIFY(content.endsWith("  - intent: mood_great\n  - action: utter_goodbye\n"));
}

void TestExporter::storyOfTheProjectIsSkippedWithTheReason()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"data"_s));
    QFile rules(dir.filePath(u"data/rules.yml"_s));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write("version: \"3.1\"\nrules:\n- rule: say hi\n  steps:\n  - intent: greet\n  - "
                "action: utter_greet\n");
    rules.close();
    ExportInput input;
    input.options.storiesPath = dir.filePath(u"data/stories.yml"_s);
    input.conversations = {ExportConversation{u"a"_s, turns(1), {}},
                           ExportConversation{u"b"_s, turns(2), {}}};
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    QCOMPARE(kinds(*preview),
             (QList<StoryOutcome::Kind>{StoryOutcome::Kind::Duplicate, StoryOutcome::Kind::New}));
    const StoryOutcome &skipped = preview->stories.at(0);
    QCOMPARE(skipped.story, u"say hi"_s);
    QCOMPARE(skipped.file, dir.filePath(u"data/rules.yml"_s));
    const QString reason = StoryPlanner::describe(skipped);
    QVERIFY2(reason.contains(u"say hi"_s) && reason.contains(u"rules.yml"_s), qPrintable(reason));
    QVERIFY(preview->files.at(0).newContent.contains("- story: interactive_story_1\n"));
    QCOMPARE(preview->files.at(0).newContent.count("- story:"), 1);
    QVERIFY(preview->records.at(0).record.duplicate);
}

void TestExporter::beginningOfAProjectStoryIsWrittenWithANote()
{
    QTemporaryDir dir;
    QFile stories(dir.filePath(u"stories.yml"_s));
    QVERIFY(stories.open(QIODevice::WriteOnly));
    stories.write(
        "stories:\n- story: long one\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
        "  - intent: mood_great\n  - action: utter_happy\n  - intent: goodbye\n");
    stories.close();
    ExportInput input;
    input.options.storiesPath = stories.fileName();
    input.conversations = {ExportConversation{u"a"_s, turns(2), {}}};
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    QCOMPARE(kinds(*preview), QList<StoryOutcome::Kind>{StoryOutcome::Kind::New});
    QCOMPARE(preview->stories.at(0).prefixOf, u"long one"_s);
    QVERIFY(StoryPlanner::describe(preview->stories.at(0)).contains(u"long one"_s));
    QVERIFY(preview->files.at(0).changed);
}

void TestExporter::storyEditedByHandIsNotOverwritten()
{
    QTemporaryDir dir;
    ExportInput input;
    input.options.storiesPath = dir.filePath(u"stories.yml"_s);
    input.conversations = {ExportConversation{u"a"_s, turns(2), {}}};
    exportAndRecord(input);
    QByteArray edited = contentOf(input.options.storiesPath);
    edited.replace("utter_happy", "utter_cheer_up");
    QFile file(input.options.storiesPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(edited);
    file.close();
    input.conversations[0].events +=
        {user(u"bye"_s, u"goodbye"_s), Event::action(u"utter_goodbye"_s)};
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    QCOMPARE(kinds(*preview), QList<StoryOutcome::Kind>{StoryOutcome::Kind::New});
    QCOMPARE(preview->stories.at(0).earlierStory, u"interactive_story_1"_s);
    QVERIFY(preview->files.at(0).newContent.startsWith(edited)); // the edit stays
    QVERIFY(preview->files.at(0).newContent.contains("- story: interactive_story_2\n"));
}

void TestExporter::sameStoryTwiceInOneExportIsWrittenOnce()
{
    QTemporaryDir dir;
    ExportInput input;
    input.options.storiesPath = dir.filePath(u"stories.yml"_s);
    input.conversations = {ExportConversation{u"a"_s, turns(2), {}},
                           ExportConversation{u"b"_s, turns(2), {}}};
    Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY(preview.isOk());
    QCOMPARE(kinds(*preview),
             (QList<StoryOutcome::Kind>{StoryOutcome::Kind::New, StoryOutcome::Kind::Duplicate}));
    QCOMPARE(preview->stories.at(1).story, u"interactive_story_1"_s);
    QCOMPARE(preview->files.at(0).newContent.count("- story:"), 1);
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
