// Every reader of outside data, fed thousands of damaged copies of the real
// Rasa fixtures and session files: each must answer with a result or an
// error, never crash or hang. Run under AddressSanitizer by scripts/test.sh,
// so reading past a buffer fails here too. Seeds are fixed: a failure
// reproduces with the seed it prints.
#include "export/domainexporter.h"
#include "export/jsontext.h"
#include "export/nluexporter.h"
#include "export/nlureader.h"
#include "export/storybuilder.h"
#include "export/storyfileeditor.h"
#include "export/storyreader.h"
#include "export/storywriter.h"
#include "export/yamltexteditor.h"
#include "model/annotation.h"
#include "model/domain.h"
#include "model/tracker.h"
#include "rasa/apierror.h"
#include "session/sessionformat.h"
#include "testsupport/testdata.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

//! Bytes that mean something to YAML, Markdown, JSON or Rasa's annotation.
const QByteArray &syntaxBytes()
{
    static const QByteArray bytes = ":-[]{}\"'\n #&*!|>?%@`,()\\/\t\r\0x\xc3\xff"_ba;
    return bytes;
}

//! One damaged copy: bytes changed, inserted or removed, a cut, a repeat.
QByteArray mutate(QByteArray text, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = text.isEmpty() ? 0 : qsizetype(random.bounded(quint32(text.size())));
        const char byte =
            syntaxBytes().at(qsizetype(random.bounded(quint32(syntaxBytes().size()))));
        switch (random.bounded(6)) {
        case 0:
            if (!text.isEmpty())
                text[at] = byte;
            break;
        case 1:
            text.insert(at, byte);
            break;
        case 2:
            text.remove(at, qsizetype(random.bounded(8)));
            break;
        case 3:
            text.truncate(at);
            break;
        case 4:
            text.insert(at, text.mid(at, qsizetype(random.bounded(64))));
            break;
        default:
            text.insert(at, QByteArray(qsizetype(random.bounded(6)), ' '));
            break;
        }
    }
    return text;
}

QStringList fixtureFiles()
{
    QStringList files;
    for (const QString &folder :
         {u"rasa"_s, u"conformance"_s, u"conformance36"_s, u"numbers"_s, u"sessions"_s}) {
        QDirIterator it(TestSupport::dataPath(folder),
                        {u"*.yml"_s, u"*.md"_s, u"*.json"_s, u"*.coach"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

//! What the readers answered: how many accepted the text, and how many
//! refused it without saying why (must stay 0).
struct Answers
{
    int accepted = 0;
    int silentErrors = 0;

    template <typename T> void count(const Result<T> &result)
    {
        if (result)
            ++accepted;
        else if (result.error().message.trimmed().isEmpty())
            ++silentErrors;
    }
    void count(const Status &status)
    {
        if (status)
            ++accepted;
        else if (status.error().message.trimmed().isEmpty())
            ++silentErrors;
    }
};

//! Feeds `text` to every reader that could meet it.
Answers readEverywhere(const QByteArray &text, const Domain &domain)
{
    Answers answers;
    answers.count(StoryReader::readYaml(text, u"stories.yml"_s, &domain));
    answers.count(StoryReader::readMarkdown(text, u"stories.md"_s, &domain));
    for (NluFormat format : {NluFormat::Yaml, NluFormat::Markdown, NluFormat::Json})
        answers.count(NluReader::read(text, format, u"nlu"_s));
    (void)NluReader::guessFormat(text);
    const Result<Domain> parsed = Domain::fromYaml(text, u"domain.yml"_s);
    answers.count(parsed);
    if (parsed)
        (void)parsed->intentNames();
    const QJsonDocument json = QJsonDocument::fromJson(text);
    if (json.isObject()) {
        answers.count(Domain::fromJson(json.object()));
        answers.count(TrackerSnapshot::fromJson(json.object(), true));
    }
    answers.count(SessionFormat::parseLazily(text, u"/tmp"_s));
    answers.count(Annotation::parse(QString::fromUtf8(text.left(400))));
    // A server's error answer with this body: always described in words.
    if (ApiError::fromHttp(u"POST /model/train"_s, 500, text, "application/json")
            .userMessage()
            .trimmed()
            .isEmpty())
        ++answers.silentErrors;

    // Exports into the damaged file as the existing target (number values
    // and retrieval intents too).
    const QList<TrainingExample> examples{
        TrainingExample(u"fly to Rome"_s, u"book"_s,
                        {Entity::onSpan(u"city"_s, u"Rome"_s, 7, 11, u"to"_s)}),
        TrainingExample(u"for 4 people"_s, u"book"_s, {Entity::onSpan(u"number"_s, 4, 4, 5)}),
        TrainingExample(u"who are you"_s, u"faq/ask_name"_s)};
    (void)JsonText::findArray(text, {u"rasa_nlu_data"_s, u"common_examples"_s});
    answers.count(NluExporter::merge(text, u"nlu.yml"_s, examples));
    answers.count(NluExporter::merge(text, u"nlu.md"_s, examples, u"2.0"_s));
    answers.count(NluExporter::merge(text, u"nlu.json"_s, examples));
    DomainAdditions additions;
    additions.intents = {u"book"_s};
    additions.entities = {u"city"_s};
    additions.entityRoles.insert(u"city"_s, {u"to"_s});
    additions.actions = {u"action_book"_s};
    additions.responses = {
        ResponseDefinition{u"utter_booked"_s, QJsonArray{QJsonObject{{u"text"_s, u"Done"_s}}}}};
    answers.count(DomainExporter::merge(text, u"domain.yml"_s, domain, additions, 3));
    // A story replaced in place and one added, into the damaged file.
    StoryEdits edits;
    StoryStep replaced;
    replaced.name = u"interactive_story_1"_s;
    replaced.sourceLine = 3;
    replaced.items = StoryBuilder::items(
        {Event::user(u"for 4"_s,
                     ParseData::corrected(u"for 4"_s, u"book"_s, examples.at(1).entities)),
         Event::action(u"utter_ok"_s)});
    edits.replaced = {replaced};
    edits.added = {replaced};
    edits.added.first().name = u"interactive_story_2"_s;
    for (const bool markdown : {false, true}) {
        const auto writer = StoryWriter::create(markdown ? StoryReader::Format::Markdown
                                                         : StoryReader::Format::Yaml);
        answers.count(StoryFileEditor::edit(text, u"stories"_s, *writer, markdown, edits));
    }
    Result<YamlTextEditor> editor = YamlTextEditor::open(text, u"stories.yml"_s);
    answers.count(editor);
    if (editor) {
        YamlTextEditor &opened = editor.value();
        answers.count(
            opened.appendToSequence(u"stories"_s, u"- story: x\n  steps: []\n"_s, {u"x"_s}));
        answers.count(opened.appendToMapping(u"responses"_s, u"  utter_x:\n  - text: x\n"_s,
                                             {u"utter_x: []"_s}));
    }
    return answers;
}

//! The answer of the reader `file` is for (a Rasa project file, by its
//! name), or nothing when no reader is known for it.
std::optional<Status> readByOwnReader(const QString &file, const QByteArray &text)
{
    const QString name = file.section(u'/', -1);
    const auto status = [](const auto &result) {
        return result ? Status() : Status(result.error());
    };
    if (name == u"domain.yml"_s || file.contains(u"/test_domains/"_s))
        return status(Domain::fromYaml(text, file));
    if (name.startsWith(u"nlu."_s))
        return status(NluReader::read(
            text, name.endsWith(u".md"_s) ? NluFormat::Markdown : NluFormat::Yaml, file));
    if (file.contains(u"/test_trackers/"_s))
        return status(TrackerSnapshot::fromJson(QJsonDocument::fromJson(text).object(), true));
    if (name.endsWith(u".md"_s) && name != u"README.md"_s)
        return status(StoryReader::readMarkdown(text, file));
    if (name.endsWith(u".yml"_s))
        return status(StoryReader::readYaml(text, file));
    return std::nullopt;
}

} // namespace

class TestMalformedInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFixturesGiveErrorsNotCrashes_data();
    void damagedFixturesGiveErrorsNotCrashes();
};

void TestMalformedInput::damagedFixturesGiveErrorsNotCrashes_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = fixtureFiles();
    QVERIFY(files.size() > 20);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QDir(TestSupport::dataPath({})).relativeFilePath(file))) << file;
}

void TestMalformedInput::damagedFixturesGiveErrorsNotCrashes()
{
    QFETCH(QString, file);
    const QByteArray original = TestSupport::readFile(file);
    const Domain domain =
        Domain::fromYaml("version: \"3.1\"\nintents: [greet]\nentities: [city]\n").value();
    const int copies = qEnvironmentVariableIsSet("COACH_FUZZ_COPIES")
        ? qEnvironmentVariableIntValue("COACH_FUZZ_COPIES")
        : 40;
    const quint32 seed = qHash(file.section(u'/', -3));
    QRandomGenerator random(seed);
    int silentErrors = 0;
    for (int i = 0; i < copies; ++i)
        silentErrors += readEverywhere(mutate(original, random), domain).silentErrors;
    QVERIFY2(silentErrors == 0,
             qPrintable(u"%1 refusals without a reason (seed %2)"_s.arg(silentErrors).arg(seed)));
    const Answers own = readEverywhere(original, domain);
    QCOMPARE(own.silentErrors, 0);
    // Rasa's own project files are read by the reader they are for (Rasa's
    // *written* files may not be: see the conformance README).
    if (file.contains(u"/rasa/"_s) && !file.endsWith(u"/README.md"_s)) {
        const std::optional<Status> read = readByOwnReader(file, original);
        QVERIFY2(read.has_value(),
                 "no reader is known for this Rasa file: add it to readByOwnReader()");
        QVERIFY2(*read, qPrintable(read->isOk() ? QString() : read->error().toString()));
    }
}

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "tst_malformedinput.moc"
