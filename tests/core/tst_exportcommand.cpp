#include "cli/exportcommand.h"

#include "export/domainexporter.h"
#include "export/nlureader.h"
#include "export/storyreader.h"
#include "export/textdiff.h"
#include "model/domain.h"
#include "model/jsonutil.h"
#include "model/tracker.h"
#include "model/yamlreader.h"
#include "session/sessionformat.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

struct RunResult
{
    int exitCode = 0;
    QString out;
    QString err;
};

//! Runs the command with stdout and stderr captured in files.
RunResult run(const QStringList &arguments, const QString &scratch)
{
    const QString outPath = scratch + u"/stdout.txt"_s;
    const QString errPath = scratch + u"/stderr.txt"_s;
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = dup(1);
    const int savedErr = dup(2);
    FILE *outFile = std::fopen(qPrintable(outPath), "w");
    FILE *errFile = std::fopen(qPrintable(errPath), "w");
    dup2(fileno(outFile), 1);
    dup2(fileno(errFile), 2);
    RunResult result;
    result.exitCode = runExportCommand(arguments);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    close(savedOut);
    close(savedErr);
    std::fclose(outFile);
    std::fclose(errFile);
    result.out = QString::fromUtf8(TestSupport::readFile(outPath));
    result.err = QString::fromUtf8(TestSupport::readFile(errPath));
    return result;
}

QByteArray readIfExists(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

//! Story steps as the events our reader makes of them, without entity
//! roles and groups (Rasa drops them, this project keeps them).
QJsonArray comparable(const StorySteps &steps)
{
    QJsonArray all;
    for (const StoryStep &step : steps) {
        all.append(step.name);
        for (const StoryItem &item : step.items) {
            for (const Event &event : item.alternatives) {
                QJsonObject json = event.toJson();
                QJsonObject parseData = json.value("parse_data"_L1).toObject();
                QJsonArray entities;
                for (const QJsonValue &entity : parseData.value("entities"_L1).toArray()) {
                    QJsonObject plain = entity.toObject();
                    plain.remove("role"_L1);
                    plain.remove("group"_L1);
                    entities.append(plain);
                }
                parseData.insert("entities"_L1, entities);
                json.insert("parse_data"_L1, parseData);
                all.append(json);
            }
        }
    }
    return all;
}

//! Rasa writes a version/stories header per story: read each part alone.
StorySteps readRasaStories(const QByteArray &text)
{
    StorySteps steps;
    const QStringList parts =
        QString::fromUtf8(text).split(QRegularExpression(u"\\n(?=version:)"_s));
    for (const QString &part : parts) {
        Result<StorySteps> read = StoryReader::readYaml(part.toUtf8(), u"expected"_s);
        if (!read)
            qWarning("%s", qPrintable(read.error().toString()));
        steps += read.valueOr({});
    }
    return steps;
}

//! Rasa's Markdown writer keeps only the last value of a repeated entity
//! type; this project writes all values as a list. Collapse ours the way
//! Rasa collapses, to compare the rest byte for byte.
QString collapseEntityLists(const QString &line)
{
    if (!line.startsWith("* "_L1) || !line.contains(u'{'))
        return line;
    const qsizetype brace = line.indexOf(u'{');
    const QJsonObject object = QJsonDocument::fromJson(line.mid(brace).toUtf8()).object();
    bool changed = false;
    QString json = line.mid(brace);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const QString list = Json::pythonDumps(it.value(), false);
        json.replace(list, Json::pythonDumps(it.value().toArray().last(), false));
        changed = true;
    }
    return changed ? line.left(brace) + json : line;
}

QSet<QString> names(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void exportedFilesRoundTrip_data();
    void exportedFilesRoundTrip();
    void appendsKeepEveryByte_data();
    void appendsKeepEveryByte();
    void rasa36Stories_data();
    void rasa36Stories();
    void dryRunWritesNothing();
    void secondExportChangesNoFile();
    void sessionExportsKeepRecordsOnlyWhenAsked();
    void numberValuesAreKept_data();
    void numberValuesAreKept();
    void responseClash_data();
    void responseClash();
    void helpStatesTheResponseRule();
    void badInput_data();
    void badInput();
    void survivesOddEvents();
    void exportsFromASessionFile();
    void badSessionInput_data();
    void badSessionInput();

private:
    static void addCases();
    static void compareStories(const QString &out, const QString &expected);
    static QStringList caseArguments(const QString &folder);
    static SessionData moodSession(const QString &out);
};

void TestExportCommand::addCases()
{
    QTest::addColumn<QString>("folder");
    const QDir root(TestSupport::dataPath(u"conformance"_s));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

QStringList TestExportCommand::caseArguments(const QString &folder)
{
    QStringList arguments{u"--tracker"_s, folder + u"/tracker.json"_s, u"--domain"_s,
                          folder + u"/domain.json"_s};
    if (QFile::exists(folder + u"/new_responses.json"_s))
        arguments << u"--new-responses"_s << folder + u"/new_responses.json"_s;
    if (QFile::exists(folder + u"/e2e"_s))
        arguments << u"--e2e"_s;
    return arguments;
}

void TestExportCommand::conformance_data()
{
    addCases();
}

void TestExportCommand::conformance()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    const QString out = dir.path();
    const QString expected = folder + u"/expected/"_s;
    RunResult yaml =
        run(caseArguments(folder)
                + QStringList{u"--stories"_s, out + u"/stories.yml"_s, u"--nlu"_s,
                              out + u"/nlu.yml"_s, u"--domain-out"_s, out + u"/domain.yml"_s},
            out);
    QVERIFY2(yaml.exitCode == 0, qPrintable(yaml.err));
    // Markdown into a folder of its own: the stories of stories.yml beside
    // it would be training stories it repeats.
    QVERIFY(QDir(out).mkpath(u"md"_s));
    RunResult markdown = run(caseArguments(folder)
                                 + QStringList{u"--stories"_s, out + u"/md/stories.md"_s,
                                               u"--nlu"_s, out + u"/md/nlu.md"_s},
                             out);
    QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.err));

    // Stories: Rasa 2.7.2 wrote them from the applied events, which prune a
    // form's turns; where that differs from what the annotator kept, the
    // expected stories are Rasa 3.6.21's (conformance36/README.md).
    const QString rasa36 =
        TestSupport::dataPath(u"conformance36/"_s + QFileInfo(folder).fileName() + u"/expected/"_s);
    const QString expectedStories = QFile::exists(rasa36 + u"stories.yml"_s) ? rasa36 : expected;
    compareStories(out, expectedStories);

    // nlu.yml, nlu.md: byte for byte, number values as Rasa writes them; no
    // file at all where Rasa wrote an empty one.
    for (const QString &name : {u"nlu.yml"_s, u"md/nlu.md"_s}) {
        const QByteArray rasa = readIfExists(expected + QFileInfo(name).fileName());
        if (rasa.isEmpty()) {
            QVERIFY2(!QFile::exists(out + u'/' + name), qPrintable(name));
            continue;
        }
        QCOMPARE(QString::fromUtf8(readIfExists(out + u'/' + name)), QString::fromUtf8(rasa));
    }

    // domain.yml: same keys and the same sets.
    Result<QJsonValue> ourYaml = readYamlFile(out + u"/domain.yml"_s);
    Result<QJsonValue> rasaYaml = readYamlFile(expected + u"domain.yml"_s);
    QVERIFY(ourYaml.isOk() && rasaYaml.isOk());
    QCOMPARE(ourYaml->toObject().keys(), rasaYaml->toObject().keys());
    Result<Domain> ourDomain = Domain::fromJson(*ourYaml);
    Result<Domain> rasaDomain = Domain::fromJson(*rasaYaml);
    QVERIFY(ourDomain.isOk() && rasaDomain.isOk());
    QCOMPARE(names(ourDomain->intentNames()), names(rasaDomain->intentNames()));
    QCOMPARE(names(ourDomain->entityNames()), names(rasaDomain->entityNames()));
    QCOMPARE(names(ourDomain->actionNames()), names(rasaDomain->actionNames()));
    QCOMPARE(names(ourDomain->formNames()), names(rasaDomain->formNames()));
    QStringList ourResponses, rasaResponses, ourSlots, rasaSlots;
    for (const ResponseDefinition &response : ourDomain->responses())
        ourResponses.append(response.name);
    for (const ResponseDefinition &response : rasaDomain->responses())
        rasaResponses.append(response.name);
    for (const SlotDefinition &slot : ourDomain->slotDefinitions())
        ourSlots.append(slot.name);
    for (const SlotDefinition &slot : rasaDomain->slotDefinitions())
        rasaSlots.append(slot.name);
    QCOMPARE(names(ourResponses), names(rasaResponses));
    QCOMPARE(names(ourSlots), names(rasaSlots));
}

//! out/stories.yml: same stories, order and steps as Rasa's (one header);
//! out/md/stories.md: byte for byte, except that we keep repeated entity
//! types.
void TestExportCommand::compareStories(const QString &out, const QString &expected)
{
    const QByteArray stories = readIfExists(out + u"/stories.yml"_s);
    QCOMPARE(stories.count("version:"), 1);
    Result<StorySteps> ours = StoryReader::readYaml(stories, u"stories.yml"_s);
    QVERIFY2(ours.isOk(), qPrintable(ours.error().toString()));
    QCOMPARE(comparable(*ours),
             comparable(readRasaStories(readIfExists(expected + u"stories.yml"_s))));
    const QStringList ourLines =
        QString::fromUtf8(readIfExists(out + u"/md/stories.md"_s)).split(u'\n');
    const QStringList rasaLines =
        QString::fromUtf8(readIfExists(expected + u"stories.md"_s)).split(u'\n');
    QCOMPARE(ourLines.size(), rasaLines.size());
    for (qsizetype i = 0; i < ourLines.size(); ++i)
        QCOMPARE(collapseEntityLists(ourLines.at(i)), rasaLines.at(i));
}

void TestExportCommand::rasa36Stories_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(TestSupport::dataPath(u"conformance36"_s));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestExportCommand::rasa36Stories()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    const QString own = folder + u"/domain.json"_s;
    const QString domain = QFile::exists(own)
        ? own
        : TestSupport::dataPath(u"conformance/"_s + QFileInfo(folder).fileName()
                                + u"/domain.json"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"md"_s));
    for (const QString &stories : {u"stories.yml"_s, u"md/stories.md"_s}) {
        RunResult result =
            run({u"--tracker"_s, folder + u"/tracker.json"_s, u"--domain"_s, domain,
                 u"--rasa-version"_s, u"2.8.1"_s, u"--stories"_s, dir.filePath(stories)},
                dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }
    compareStories(dir.path(), folder + u"/expected/"_s);
}

void TestExportCommand::exportedFilesRoundTrip_data()
{
    addCases();
}

void TestExportCommand::exportedFilesRoundTrip()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    QList<QStringList> keys;
    for (const QString &name : {u"nlu.yml"_s, u"nlu.md"_s, u"nlu.json"_s}) {
        RunResult result =
            run(caseArguments(folder)
                    + QStringList{u"--nlu"_s, dir.filePath(name), u"--rasa-version"_s, u"2.8.1"_s},
                dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        if (!QFile::exists(dir.filePath(name)))
            continue;
        Result<NluData> nlu = NluReader::readFile(dir.filePath(name));
        QVERIFY2(nlu.isOk(), qPrintable(nlu.error().toString()));
        QStringList exampleKeys;
        for (const TrainingExample &example : nlu->examples)
            exampleKeys.append(example.key());
        QVERIFY(!exampleKeys.isEmpty());
        keys.append(exampleKeys);
    }
    for (const QStringList &other : std::as_const(keys))
        QCOMPARE(other, keys.first());
    RunResult domain =
        run(caseArguments(folder) + QStringList{u"--domain-out"_s, dir.filePath(u"d.yml"_s)},
            dir.path());
    QCOMPARE(domain.exitCode, 0);
    Result<Domain> read = Domain::fromFile(dir.filePath(u"d.yml"_s));
    QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
    Result<Domain> server = Domain::fromFile(folder + u"/domain.json"_s);
    for (const QString &intent : server->intentNames())
        QVERIFY(read->hasIntent(intent));
}

void TestExportCommand::appendsKeepEveryByte_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("conversation");
    const QString mood = u"conformance/mood1"_s;
    const QString form = u"conformance/form1"_s;
    const QList<std::tuple<QString, QString, QString>> rows{
        {u"rasa/examples/moodbot/data/stories.yml"_s, u"--stories"_s, mood},
        {u"rasa/examples/moodbot/data/rules.yml"_s, u"--stories"_s, mood},
        {u"rasa/examples/moodbot/data/stories.md"_s, u"--stories"_s, mood},
        {u"rasa/examples/moodbot/data/nlu.yml"_s, u"--nlu"_s, mood},
        {u"rasa/examples/moodbot/data/nlu.md"_s, u"--nlu"_s, mood},
        {u"rasa/examples/moodbot/domain.yml"_s, u"--domain-out"_s, mood},
        {u"rasa/examples/formbot/data/stories.yml"_s, u"--stories"_s, form},
        {u"rasa/examples/formbot/data/rules.yml"_s, u"--stories"_s, form},
        {u"rasa/examples/formbot/data/stories.md"_s, u"--stories"_s, form},
        {u"rasa/examples/formbot/data/nlu.yml"_s, u"--nlu"_s, form},
        {u"rasa/examples/formbot/domain.yml"_s, u"--domain-out"_s, form},
        {u"rasa/data/test_domains/default_with_slots.yml"_s, u"--domain-out"_s, form},
        {u"rasa/data/test_domains/travel_form.yml"_s, u"--domain-out"_s, form},
        {u"rasa/data/test_domains/default_unfeaturized_entities.yml"_s, u"--domain-out"_s, form},
        {u"rasa/data/test_yaml_stories/stories.yml"_s, u"--stories"_s, mood},
        {u"rasa/data/test_yaml_stories/test_stories_entity_annotations.yml"_s, u"--stories"_s,
         form},
        {u"rasa/data/test_yaml_stories/story_visualize.yml"_s, u"--stories"_s, mood},
        {u"rasa/data/test_yaml_stories/rules_without_stories.yml"_s, u"--stories"_s, mood},
        {u"rasa/data/test_stories/stories.md"_s, u"--stories"_s, mood},
    };
    for (const auto &[fixture, option, conversation] : rows)
        QTest::newRow(qPrintable(fixture)) << fixture << option << conversation;
}

void TestExportCommand::appendsKeepEveryByte()
{
    QFETCH(QString, fixture);
    QFETCH(QString, option);
    QFETCH(QString, conversation);
    QTemporaryDir dir;
    const QString target = dir.filePath(QFileInfo(fixture).fileName());
    const QByteArray original = TestSupport::readFile(TestSupport::dataPath(fixture));
    writeFile(target, original);
    const QString folder = TestSupport::dataPath(conversation);
    RunResult result =
        run(caseArguments(folder) + QStringList{option, target, u"--rasa-version"_s, u"2.8.1"_s},
            dir.path());
    // 3: a new response clashes with the file's; the rest is written.
    QVERIFY2(result.exitCode == 0 || (result.exitCode == 3 && result.err.contains("warning"_L1)),
             qPrintable(result.err));
    const QByteArray changed = readIfExists(target);
    QVERIFY2(changed != original, "the export added nothing");
    // Every original byte is still there: the diff only adds lines (a last
    // line without line break gets one).
    for (const TextDiff::Line &line :
         TextDiff::lines(QString::fromUtf8(original), QString::fromUtf8(changed))) {
        const bool lastLineBreak = line.text.endsWith(QChar(u'\0')) && !original.endsWith('\n');
        QVERIFY2(line.kind != TextDiff::Line::Kind::Removed || lastLineBreak,
                 qPrintable(u"removed: "_s + line.text));
    }
    if (option == "--stories"_L1) {
        Result<StorySteps> before = StoryReader::readFile(TestSupport::dataPath(fixture));
        Result<StorySteps> after = StoryReader::readFile(target);
        QVERIFY2(after.isOk(), qPrintable(after.error().toString()));
        QVERIFY(after->size() > before->size());
    } else if (option == "--nlu"_L1) {
        Result<NluData> before = NluReader::readFile(TestSupport::dataPath(fixture));
        Result<NluData> after = NluReader::readFile(target);
        QVERIFY2(after.isOk(), qPrintable(after.error().toString()));
        QVERIFY(after->examples.size() > before->examples.size());
    } else {
        Result<Domain> after = Domain::fromFile(target);
        QVERIFY2(after.isOk(), qPrintable(after.error().toString()));
        QVERIFY(after->hasIntent(u"greet"_s));
    }
    if (original.contains("\r\n"))
        QCOMPARE(changed.count("\r\n"), changed.count('\n'));
}

void TestExportCommand::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::dataPath(u"conformance/mood1"_s);
    RunResult result =
        run(caseArguments(folder)
                + QStringList{u"--stories"_s, dir.filePath(u"data/stories.yml"_s), u"--nlu"_s,
                              dir.filePath(u"data/nlu.yml"_s), u"--dry-run"_s},
            dir.path());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFile::exists(dir.filePath(u"data"_s)));
    QVERIFY(result.out.contains("+++ b/"_L1 + dir.filePath(u"data/stories.yml"_s)));
    QVERIFY(result.out.contains("+  - intent: bot_challenge"_L1));
    QVERIFY(result.out.contains("+    - hi, I'm [Anna](name)"_L1));
}

void TestExportCommand::secondExportChangesNoFile()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::dataPath(u"conformance/form1"_s);
    const QStringList files{dir.filePath(u"stories.yml"_s), dir.filePath(u"nlu.yml"_s),
                            dir.filePath(u"domain.yml"_s)};
    const QStringList arguments =
        caseArguments(folder) + QStringList{u"--stories"_s, files.at(0),       u"--nlu"_s,
                                            files.at(1),    u"--domain-out"_s, files.at(2)};
    const int exitCode = run(arguments, dir.path()).exitCode;
    QVERIFY(exitCode == 0 || exitCode == 3); // 3: a clashing new response
    QList<QByteArray> first;
    for (const QString &file : files)
        first.append(readIfExists(file));
    RunResult second = run(arguments, dir.path());
    QCOMPARE(second.exitCode, exitCode);
    QList<QByteArray> again;
    for (const QString &file : files)
        again.append(readIfExists(file));
    QCOMPARE(again, first); // every file byte-identical
    QVERIFY2(second.out.contains("interactive_story_1: unchanged"_L1), qPrintable(second.out));
    QVERIFY(!second.out.contains(dir.filePath(u"stories.yml"_s) + u": "_s)); // not rewritten
}

void TestExportCommand::sessionExportsKeepRecordsOnlyWhenAsked()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(u"mood.coach"_s);
    SessionData data = moodSession(dir.path());
    QVERIFY(SessionFormat::writeFile(data, session));
    const QByteArray sessionBytes = readIfExists(session);
    const QString stories = dir.filePath(u"stories.yml"_s);

    // Without --update-session the session file stays as it was; a second
    // run still adds nothing (the stories are in the file).
    QCOMPARE(run({u"--session"_s, session}, dir.path()).exitCode, 0);
    const QByteArray exported = readIfExists(stories);
    QCOMPARE(readIfExists(session), sessionBytes);
    RunResult again = run({u"--session"_s, session}, dir.path());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(readIfExists(stories), exported);
    QCOMPARE(readIfExists(session), sessionBytes);

    // With it, the records go into the session file.
    RunResult recording = run({u"--session"_s, session, u"--update-session"_s}, dir.path());
    QVERIFY2(recording.exitCode == 0, qPrintable(recording.err));
    QCOMPARE(readIfExists(stories), exported);
    Result<SessionData> recorded = SessionFormat::readFile(session);
    QVERIFY(recorded.isOk());
    QCOMPARE(recorded->conversations.at(0).exportRecords.size(), 2);
    const QByteArray recordedBytes = readIfExists(session);
    QCOMPARE(run({u"--session"_s, session, u"--update-session"_s}, dir.path()).exitCode, 0);
    QCOMPARE(readIfExists(session), recordedBytes); // nothing new to record: not rewritten

    // One more turn in the last story: exactly that story is replaced.
    data = *recorded;
    data.conversations[0].events +=
        {Event::user(u"bye"_s, ParseData::corrected(u"bye"_s, u"goodbye"_s, {})),
         Event::action(u"utter_goodbye"_s), Event::actionListen()};
    QVERIFY(SessionFormat::writeFile(data, session));
    RunResult changed = run({u"--session"_s, session, u"--update-session"_s}, dir.path());
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY2(changed.out.contains("interactive_story_2: replaced"_L1), qPrintable(changed.out));
    QVERIFY2(changed.out.contains("interactive_story_1: unchanged"_L1), qPrintable(changed.out));
    const QByteArray replaced = readIfExists(stories);
    QVERIFY(replaced.startsWith(exported.left(exported.indexOf("- story: interactive_story_2"))));
    QVERIFY(replaced.endsWith("  - intent: goodbye\n  - action: utter_goodbye\n"));
    QCOMPARE(replaced.count("- story:"), exported.count("- story:"));
}

void TestExportCommand::numberValuesAreKept_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("option");
    QTest::newRow("nlu.yml") << u"nlu.yml"_s << u"--nlu"_s;
    QTest::newRow("nlu.md") << u"nlu.md"_s << u"--nlu"_s;
    QTest::newRow("nlu.json") << u"nlu.json"_s << u"--nlu"_s;
    QTest::newRow("stories.yml") << u"stories.yml"_s << u"--stories"_s;
    QTest::newRow("stories.md") << u"stories.md"_s << u"--stories"_s;
}

void TestExportCommand::numberValuesAreKept()
{
    // Files as Rasa 2.8.34 / 3.6.21 write number values (tests/data/numbers).
    QFETCH(QString, file);
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QByteArray original = TestSupport::readFile(TestSupport::dataPath(u"numbers/"_s + file));
    const QString target = dir.filePath(file);
    writeFile(target, original);
    const QString folder = TestSupport::dataPath(u"conformance/form1"_s);
    RunResult result =
        run(caseArguments(folder) + QStringList{option, target, u"--rasa-version"_s, u"2.8.1"_s},
            dir.path());
    QVERIFY2(result.exitCode == 0 || result.exitCode == 3, qPrintable(result.err));
    const QByteArray merged = readIfExists(target);
    QVERIFY(merged != original);
    for (const TextDiff::Line &line :
         TextDiff::lines(QString::fromUtf8(original), QString::fromUtf8(merged)))
        QVERIFY2(line.kind != TextDiff::Line::Kind::Removed,
                 qPrintable(u"removed: "_s + line.text));
    if (option == "--nlu"_L1) {
        Result<NluData> read = NluReader::readFile(target);
        QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
        int numbers = 0;
        for (const TrainingExample &example : read->examples) {
            for (const Entity &entity : example.entities)
                numbers += entity.value().isDouble() ? 1 : 0;
        }
        QCOMPARE(numbers, 5); // four of the file, one of form1 ("for 4"), still numbers
        if (!file.endsWith(u".json"_s))
            QVERIFY(merged.contains("[4]{\"entity\": \"number\", \"value\": 4} in [Berlin]"));
    } else {
        Result<StorySteps> read = StoryReader::readFile(target);
        QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
        QVERIFY(read->first().items.first().event().userEntities().first().value().isDouble());
        QVERIFY(merged.contains(file.endsWith(u".md"_s) ? "{\"number\": 4" : "    - number: 4\n"));
    }
}

void TestExportCommand::responseClash_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("greet");
    QTest::newRow("keep (default)")
        << QString() << 3 << QByteArray("utter_greet:\n  - text: \"Hey! How are you?\"\n");
    QTest::newRow("keep") << u"keep"_s << 3
                          << QByteArray("utter_greet:\n  - text: \"Hey! How are you?\"\n");
    QTest::newRow("replace") << u"replace"_s << 0 << QByteArray("utter_greet:\n  - text: Howdy!\n");
}

void TestExportCommand::responseClash()
{
    QFETCH(QString, choice);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, greet);
    QTemporaryDir dir;
    const QString folder = TestSupport::dataPath(u"conformance/mood1"_s);
    writeFile(dir.filePath(u"responses.json"_s),
              R"({"utter_greet": [{"text": "Howdy!"}], "utter_new": [{"text": "Brand new"}]})");
    const QByteArray domain =
        TestSupport::readFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    writeFile(dir.filePath(u"domain.yml"_s), domain);
    QStringList arguments{u"--tracker"_s,       folder + u"/tracker.json"_s,
                          u"--domain"_s,        folder + u"/domain.json"_s,
                          u"--new-responses"_s, dir.filePath(u"responses.json"_s),
                          u"--domain-out"_s,    dir.filePath(u"domain.yml"_s)};
    if (!choice.isEmpty())
        arguments << u"--responses"_s << choice;
    RunResult result = run(arguments, dir.path());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains("utter_greet"_L1), qPrintable(result.err));
    const QByteArray written = readIfExists(dir.filePath(u"domain.yml"_s));
    QVERIFY2(written.contains(greet), written.constData());
    QVERIFY(written.contains("utter_new:\n  - text: Brand new\n"));
    QVERIFY(written.startsWith(domain.left(domain.indexOf("responses:"))));
    QCOMPARE(Domain::fromYaml(written).value().response(u"utter_greet"_s)->variations.size(), 1);
}

void TestExportCommand::helpStatesTheResponseRule()
{
    QTemporaryDir dir;
    RunResult help = run({u"--help"_s}, dir.path());
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.simplified().contains(responseClashRule().simplified()),
             qPrintable(help.out));
    QVERIFY(help.out.contains("--update-session"_L1));
    QVERIFY(help.out.simplified().contains(u"This changes the session file."_s));
    RunResult bad = run({u"--tracker"_s, u"t.json"_s, u"--responses"_s, u"merge"_s}, dir.path());
    QCOMPARE(bad.exitCode, 1);
}

void TestExportCommand::badInput_data()
{
    QTest::addColumn<QByteArray>("tracker");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QString>("domainName");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    const QByteArray tracker =
        TestSupport::readFile(TestSupport::dataPath(u"conformance/mood1/tracker.json"_s));
    const QByteArray domain =
        TestSupport::readFile(TestSupport::dataPath(u"conformance/mood1/domain.json"_s));
    const QString stories = u"stories.yml"_s;
    QTest::newRow("malformed tracker") << QByteArray("{\"events\": [") << domain << u"d.json"_s
                                       << stories << QByteArray() << QStringList() << u"t.json"_s;
    QTest::newRow("tracker is a list") << QByteArray("[]") << domain << u"d.json"_s << stories
                                       << QByteArray() << QStringList() << u"t.json"_s;
    QTest::newRow("events not a list") << QByteArray("{\"events\": {}}") << domain << u"d.json"_s
                                       << stories << QByteArray() << QStringList() << u"t.json"_s;
    QTest::newRow("no events") << QByteArray("{\"sender_id\": \"x\"}") << domain << u"d.json"_s
                               << stories << QByteArray() << QStringList() << u"t.json"_s;
    QTest::newRow("event without type")
        << QByteArray("{\"events\": [{\"name\": \"x\"}]}") << domain << u"d.json"_s << stories
        << QByteArray() << QStringList() << u"event 1"_s;
    QTest::newRow("domain yaml broken") << tracker << QByteArray("intents: [greet\n") << u"d.yml"_s
                                        << stories << QByteArray() << QStringList() << u"d.yml"_s;
    QTest::newRow("domain is a list") << tracker << QByteArray("[1, 2]") << u"d.json"_s << stories
                                      << QByteArray() << QStringList() << u"d.json"_s;
    QTest::newRow("domain intents wrong")
        << tracker << QByteArray("intents: 5\n") << u"d.yml"_s << stories << QByteArray()
        << QStringList() << u"intents"_s;
    QTest::newRow("stories file not yaml")
        << tracker << domain << u"d.json"_s << stories
        << QByteArray("stories:\n- story: a\n  steps: [\n") << QStringList() << u"stories.yml"_s;
    QTest::newRow("stories file is a domain")
        << tracker << domain << u"d.json"_s << stories << QByteArray("intents:\n- greet\n")
        << QStringList() << u"not a stories file"_s;
    QTest::newRow("stories file is a list")
        << tracker << domain << u"d.json"_s << stories << QByteArray("- a\n- b\n") << QStringList()
        << u"stories.yml"_s;
    QTest::newRow("stories with bad step")
        << tracker << domain << u"d.json"_s << stories
        << QByteArray("stories:\n- story: a\n  steps:\n  - user: '[x]{bad}'\n") << QStringList()
        << u"line 4"_s;
    QTest::newRow("nlu json broken")
        << tracker << domain << u"d.json"_s << u"nlu.json"_s << QByteArray("{\"rasa_nlu_data\": ")
        << QStringList() << u"nlu.json"_s;
    QTest::newRow("nlu yaml broken")
        << tracker << domain << u"d.json"_s << u"nlu.yml"_s
        << QByteArray("nlu:\n- intent: greet\n  examples: |\n    - [x]{\"entity\": 1}\n")
        << QStringList() << u"nlu.yml"_s;
    QTest::newRow("domain target broken")
        << tracker << domain << u"d.json"_s << u"domain.yml"_s << QByteArray("intents: {a: [}\n")
        << QStringList() << u"domain.yml"_s;
    QTest::newRow("target is a folder") << tracker << domain << u"d.json"_s << u"folder.yml"_s
                                        << QByteArray() << QStringList() << u"folder"_s;
    QTest::newRow("parent is a file") << tracker << domain << u"d.json"_s << u"plain/stories.yml"_s
                                      << QByteArray() << QStringList() << u"not a folder"_s;
    QTest::newRow("markdown for rasa 3")
        << tracker << domain << u"d.json"_s << u"stories.md"_s << QByteArray()
        << QStringList{u"--rasa-version"_s, u"3.6.2"_s} << u"YAML"_s;
    QTest::newRow("wrong extension") << tracker << domain << u"d.json"_s << u"stories.txt"_s
                                     << QByteArray() << QStringList() << u"stories.txt"_s;
    QTest::newRow("unknown option") << tracker << domain << u"d.json"_s << stories << QByteArray()
                                    << QStringList{u"--colour"_s} << u"colour"_s;
    QTest::newRow("new responses not an object")
        << tracker << domain << u"d.json"_s << stories << QByteArray()
        << QStringList{u"--new-responses"_s, u"@tracker"_s} << u"JSON"_s;
}

void TestExportCommand::badInput()
{
    QFETCH(QByteArray, tracker);
    QFETCH(QByteArray, domain);
    QFETCH(QString, domainName);
    QFETCH(QString, target);
    QFETCH(QByteArray, existing);
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    writeFile(dir.filePath(u"t.json"_s), tracker);
    writeFile(dir.filePath(domainName), domain);
    QVERIFY(QDir(dir.path()).mkdir(u"folder.yml"_s));
    writeFile(dir.filePath(u"plain"_s), "not a folder");
    if (!existing.isNull())
        writeFile(dir.filePath(target), existing);
    for (QString &argument : extra) {
        if (argument == "@tracker"_L1)
            argument = dir.filePath(u"plain"_s);
    }
    const QString option = target.startsWith("nlu"_L1) ? u"--nlu"_s
        : target.startsWith("domain"_L1)               ? u"--domain-out"_s
                                                       : u"--stories"_s;
    const QStringList before =
        QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList arguments{u"--tracker"_s, dir.filePath(u"t.json"_s),
                          u"--domain"_s,  dir.filePath(domainName),
                          option,         dir.filePath(target)};
    if (option != "--domain-out"_L1) // a second target that must not be written either
        arguments << u"--domain-out"_s << dir.filePath(u"out-domain.yml"_s);
    RunResult result = run(arguments + extra, dir.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(result.out.isEmpty());
    QStringList after = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    after.removeAll(u"stdout.txt"_s);
    after.removeAll(u"stderr.txt"_s);
    QCOMPARE(after, before); // nothing written
    if (!existing.isNull())
        QCOMPARE(readIfExists(dir.filePath(target)), existing);
}

void TestExportCommand::survivesOddEvents()
{
    QTemporaryDir dir;
    // Fields of the wrong type everywhere: the export goes on with what it
    // can read and writes files that load.
    writeFile(dir.filePath(u"t.json"_s), R"({"events": [
        {"event": "user", "text": 5, "parse_data": "not an object"},
        {"event": "user", "text": "hi", "parse_data": {"intent": "greet", "entities": {"a": 1}}},
        {"event": "user", "text": "in Rome", "parse_data": {"intent": {"name": "inform"}, "text": "in Rome",
            "entities": [{"entity": "city", "start": "3", "end": 7}, {"entity": 4, "start": 3, "end": 99},
                         {"start": 3, "end": 7, "value": "Rome"}, "junk", {"entity": "city", "start": 3, "end": 7,
                          "value": {"nested": [1, 2]}}]}},
        {"event": "action", "name": 42}, {"event": "action"}, {"event": "slot", "name": "s"},
        {"event": "slot", "value": 3}, {"event": "active_loop", "name": ["x"]}, {"event": "rewind"},
        {"event": "undo"}, {"event": "undo"}, {"event": "restart"}, {"event": "mystery", "payload": 1},
        {"event": "user", "text": "ok", "parse_data": {"intent": {"name": "affirm"}}},
        {"event": "action", "name": "utter_ok", "timestamp": "yesterday"}]})");
    writeFile(dir.filePath(u"d.yml"_s), "intents: [greet]\n");
    RunResult result =
        run({u"--tracker"_s, dir.filePath(u"t.json"_s), u"--domain"_s, dir.filePath(u"d.yml"_s),
             u"--stories"_s, dir.filePath(u"s.yml"_s), u"--nlu"_s, dir.filePath(u"n.yml"_s),
             u"--domain-out"_s, dir.filePath(u"o.yml"_s)},
            dir.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(StoryReader::readFile(dir.filePath(u"s.yml"_s)).isOk());
    QVERIFY(NluReader::readFile(dir.filePath(u"n.yml"_s)).isOk());
    QVERIFY(Domain::fromFile(dir.filePath(u"o.yml"_s)).isOk());
}

//! A session holding mood1's conversation, domain snapshot and new
//! responses, exporting to `out` for Rasa 3.
SessionData TestExportCommand::moodSession(const QString &out)
{
    const QString folder = TestSupport::dataPath(u"conformance/mood1"_s);
    const QJsonDocument tracker =
        QJsonDocument::fromJson(TestSupport::readFile(folder + u"/tracker.json"_s));
    const QJsonObject responses =
        QJsonDocument::fromJson(TestSupport::readFile(folder + u"/new_responses.json"_s)).object();
    SessionData data;
    data.sessionId = u"export-test"_s;
    data.revision = u"r1"_s;
    data.created = QDateTime::currentDateTimeUtc();
    data.server.rasaVersion = u"3.6.2"_s;
    data.domain =
        QJsonDocument::fromJson(TestSupport::readFile(folder + u"/domain.json"_s)).object();
    Conversation conversation;
    conversation.id = tracker.object().value("sender_id"_L1).toString();
    conversation.events = TrackerSnapshot::fromJson(tracker.object(), true).value().events;
    data.conversations.append(conversation);
    data.currentConversation = 0;
    for (auto it = responses.begin(); it != responses.end(); ++it)
        data.newResponses.append(NewResponse{it.key(), it.value().toArray()});
    data.exportPaths = {out + u"/stories.yml"_s, out + u"/nlu.yml"_s, out + u"/domain.yml"_s};
    return data;
}

void TestExportCommand::exportsFromASessionFile()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::dataPath(u"conformance/mood1"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"viaSession"_s) && QDir(dir.path()).mkpath(u"viaTracker"_s));
    const QString session = dir.filePath(u"mood.coach"_s);
    QVERIFY(SessionFormat::writeFile(moodSession(dir.filePath(u"viaSession"_s)), session));

    // The session alone: its export paths, domain, responses and version.
    RunResult fromSession = run({u"--session"_s, session}, dir.path());
    QVERIFY2(fromSession.exitCode == 0, qPrintable(fromSession.err));
    const QString trackerOut = dir.filePath(u"viaTracker"_s);
    RunResult fromTracker = run(caseArguments(folder)
                                    + QStringList{u"--rasa-version"_s, u"3.6.2"_s, u"--stories"_s,
                                                  trackerOut + u"/stories.yml"_s, u"--nlu"_s,
                                                  trackerOut + u"/nlu.yml"_s, u"--domain-out"_s,
                                                  trackerOut + u"/domain.yml"_s},
                                dir.path());
    QVERIFY2(fromTracker.exitCode == 0, qPrintable(fromTracker.err));
    for (const QString &name : {u"stories.yml"_s, u"nlu.yml"_s, u"domain.yml"_s}) {
        const QByteArray written = readIfExists(dir.filePath(u"viaSession/"_s + name));
        QVERIFY2(!written.isEmpty(), qPrintable(name));
        QCOMPARE(written, readIfExists(trackerOut + u'/' + name));
    }
    QVERIFY(readIfExists(dir.filePath(u"viaSession/domain.yml"_s)).contains("utter_"));

    // A target on the command line replaces the session's paths.
    const QString only = dir.filePath(u"only.yml"_s);
    RunResult chosen =
        run({u"--session"_s, session, u"--stories"_s, only, u"--dry-run"_s}, dir.path());
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
    QVERIFY(chosen.out.contains(only));
    QVERIFY(!chosen.out.contains("nlu.yml"_L1));
    QVERIFY(!QFile::exists(only));
}

void TestExportCommand::badSessionInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("withoutDomain");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << false << u"bad.coach"_s;
    QTest::newRow("not a session") << QByteArray("{\"events\": []}") << false << u"bad.coach"_s;
    QTest::newRow("missing file") << QByteArray() << false << u"bad.coach"_s;
    QTest::newRow("no domain snapshot") << QByteArray("@valid") << true << u"--domain"_s;
}

void TestExportCommand::badSessionInput()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, withoutDomain);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString session = dir.filePath(u"bad.coach"_s);
    if (content == "@valid") {
        SessionData data = moodSession(dir.path());
        if (withoutDomain)
            data.domain = {};
        QVERIFY(SessionFormat::writeFile(data, session));
    } else if (!content.isEmpty()) {
        writeFile(session, content);
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    RunResult result = run({u"--session"_s, session}, dir.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QStringList after = QDir(dir.path()).entryList(QDir::Files);
    after.removeAll(u"stdout.txt"_s);
    after.removeAll(u"stderr.txt"_s);
    QCOMPARE(after, before); // nothing written
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
