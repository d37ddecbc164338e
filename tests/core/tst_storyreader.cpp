#include "export/storyreader.h"
#include "model/domain.h"
#include "model/jsonutil.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Event &event)
{
    switch (event.type()) {
    case EventType::User: {
        QStringList entities;
        for (const Entity &entity : event.parseData().entities()) {
            QString text = entity.type() + u'=' + Json::displayText(entity.value());
            if (!entity.role().isEmpty())
                text += u'/' + entity.role();
            if (!entity.group().isEmpty())
                text += u'#' + entity.group();
            entities.append(text);
        }
        QString text = u"user "_s + event.parseData().intentName();
        if (!entities.isEmpty())
            text += u" ["_s + entities.join(u',') + u']';
        if (!event.text().isEmpty())
            text += u" \""_s + event.text() + u'"';
        if (event.useTextForFeaturization())
            text += u" (text)"_s;
        return text;
    }
    case EventType::Slot:
        return u"slot "_s + event.name() + u'=' + Json::pythonDumps(event.slotValue());
    case EventType::ActiveLoop:
        return u"loop "_s + (event.loopName().isEmpty() ? u"null"_s : event.loopName());
    case EventType::Action:
        return event.name().isEmpty() ? u"bot "_s + event.actionText()
                                      : u"action "_s + event.name();
    default:
        return event.typeName();
    }
}

QStringList describe(const StoryStep &step)
{
    QStringList lines{(step.kind == StoryStep::Kind::Rule ? u"rule "_s : u"story "_s) + step.name};
    for (const Checkpoint &checkpoint : step.startCheckpoints)
        lines.append(u"> "_s + checkpoint.name + Json::pythonDumps(checkpoint.slotConditions));
    for (const StoryItem &item : step.items) {
        QStringList alternatives;
        for (const Event &event : item.alternatives)
            alternatives.append(describe(event));
        lines.append(alternatives.join(" OR "_L1));
    }
    for (const Checkpoint &checkpoint : step.endCheckpoints)
        lines.append(u"< "_s + checkpoint.name);
    return lines;
}

QStringList describe(const StorySteps &steps)
{
    QStringList lines;
    for (const StoryStep &step : steps)
        lines += describe(step);
    return lines;
}

} // namespace

class TestStoryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealFiles_data();
    void readsRealFiles();
    void markdownAndYamlAgree_data();
    void markdownAndYamlAgree();
    void readsYamlSteps_data();
    void readsYamlSteps();
    void readsMarkdownLines_data();
    void readsMarkdownLines();
    void readsRuleProperties();
    void bareSlotsTakeDomainDefaults();
    void reportsErrorsWithLines_data();
    void reportsErrorsWithLines();
    void survivesDamagedFiles();
};

void TestStoryReader::readsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("steps");
    QTest::newRow("moodbot stories.yml") << u"rasa/examples/moodbot/data/stories.yml"_s << 3;
    QTest::newRow("moodbot rules.yml") << u"rasa/examples/moodbot/data/rules.yml"_s << 7;
    QTest::newRow("moodbot stories.md") << u"rasa/examples/moodbot/data/stories.md"_s << 4;
    QTest::newRow("formbot stories.yml") << u"rasa/examples/formbot/data/stories.yml"_s << -1;
    QTest::newRow("formbot rules.yml") << u"rasa/examples/formbot/data/rules.yml"_s << 5;
    QTest::newRow("formbot stories.md") << u"rasa/examples/formbot/data/stories.md"_s << 5;
    QTest::newRow("checkpoints md") << u"rasa/data/test_stories/stories.md"_s << 7;
    QTest::newRow("checkpoints yml") << u"rasa/data/test_yaml_stories/stories.yml"_s << 7;
    QTest::newRow("forms md") << u"rasa/data/test_stories/stories_form.md"_s << -1;
    QTest::newRow("forms yml") << u"rasa/data/test_yaml_stories/stories_form.yml"_s << -1;
    QTest::newRow("or and entities")
        << u"rasa/data/test_yaml_stories/story_with_or_and_entities.yml"_s << 2;
    QTest::newRow("annotations")
        << u"rasa/data/test_yaml_stories/test_stories_entity_annotations.yml"_s << 1;
    QTest::newRow("hybrid e2e") << u"rasa/data/test_yaml_stories/stories_hybrid_e2e.yml"_s << 1;
    QTest::newRow("restart") << u"rasa/data/test_yaml_stories/stories_restart.yml"_s << 1;
    QTest::newRow("visualize") << u"rasa/data/test_yaml_stories/story_visualize.yml"_s << -1;
    QTest::newRow("rules") << u"rasa/data/test_yaml_stories/rules_without_stories.yml"_s << 5;
}

void TestStoryReader::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, steps);
    Result<StorySteps> read = StoryReader::readFile(TestSupport::dataPath(file));
    QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
    QVERIFY(!read->isEmpty());
    if (steps >= 0)
        QCOMPARE(read->size(), steps);
    for (const StoryStep &step : *read) {
        QVERIFY(!step.items.isEmpty() || !step.startCheckpoints.isEmpty());
        QCOMPARE(step.sourceFile, TestSupport::dataPath(file));
        QVERIFY(step.sourceLine > 0);
    }
}

void TestStoryReader::markdownAndYamlAgree_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("yaml");
    QTest::newRow("checkpoints, OR, slots")
        << u"rasa/data/test_stories/stories.md"_s << u"rasa/data/test_yaml_stories/stories.yml"_s;
}

void TestStoryReader::markdownAndYamlAgree()
{
    QFETCH(QString, markdown);
    QFETCH(QString, yaml);
    Result<StorySteps> fromMarkdown = StoryReader::readFile(TestSupport::dataPath(markdown));
    Result<StorySteps> fromYaml = StoryReader::readFile(TestSupport::dataPath(yaml));
    QVERIFY(fromMarkdown.isOk() && fromYaml.isOk());
    QCOMPARE(describe(*fromMarkdown), describe(*fromYaml));
    // The intermediate checkpoint splits "show_it_all" into two steps.
    QCOMPARE(describe(fromYaml->last()),
             (QStringList{u"story show_it_all"_s, u"> check_intermediate{}"_s,
                          u"user change_bank_details"_s, u"action utter_default"_s}));
}

void TestStoryReader::readsYamlSteps_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected");
    const QByteArray head = "stories:\n- story: s\n  steps:\n";
    QTest::newRow("entities with role and group")
        << head
            + "  - intent: inform\n    entities:\n    - city: Berlin\n      role: to\n      group: "
              "'1'\n"
              "    - date\n    - count: 4\n"
        << QStringList{u"story s"_s, u"user inform [city=Berlin/to#1,date=,count=4]"_s};
    QTest::newRow("user annotation")
        << head + "  - intent: greet\n    user: |-\n      Hi, I live in [London](city).\n"
        << QStringList{u"story s"_s, u"user greet [city=London] \"Hi, I live in London.\""_s};
    QTest::newRow("text only") << head + "  - user: One more thing\n  - bot: What?\n"
                               << QStringList{u"story s"_s, u"user  \"One more thing\" (text)"_s,
                                              u"bot What?"_s};
    QTest::newRow("slash intent message")
        << head + "  - user: '/inform{\"city\": [\"A\", \"B\"]}'\n"
        << QStringList{u"story s"_s,
                       u"user  [city=A,city=B] \"/inform{\"city\": [\"A\", \"B\"]}\" (text)"_s};
    QTest::newRow("or") << head
            + "  - or:\n    - intent: a\n    - intent: b\n      entities:\n      - x: y\n"
                        << QStringList{u"story s"_s, u"user a OR user b [x=y]"_s};
    QTest::newRow("slots and loops") << head
            + "  - active_loop: f\n  - slot_was_set:\n    - n: 4.5\n    - l: [1, 2]\n  - "
              "active_loop: null\n"
                                     << QStringList{u"story s"_s, u"loop f"_s, u"slot n=4.5"_s,
                                                    u"slot l=[1, 2]"_s, u"loop null"_s};
    QTest::newRow("action restart is an event")
        << head + "  - action: action_restart\n  - action: restart\n"
        << QStringList{u"story s"_s, u"action action_restart"_s, u"restart"_s};
    QTest::newRow("checkpoint conditions")
        << head
            + "  - checkpoint: c\n    slot_was_set:\n    - name: peter\n  - intent: hi\n  - "
              "checkpoint: end\n"
        << QStringList{u"story s"_s, u"> c{\"name\": \"peter\"}"_s, u"user hi"_s, u"< end"_s};
    QTest::newRow("leading slash in intent") << head + "  - intent: /greet\n"
                                             << QStringList{u"story s"_s, u"user greet"_s};
    QTest::newRow("unknown keys skipped") << head + "  - metadata: {a: 1}\n  - intent: x\n"
                                          << QStringList{u"story s"_s, u"user x"_s};
}

void TestStoryReader::readsYamlSteps()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);
    Result<StorySteps> read = StoryReader::readYaml(yaml);
    QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
    QCOMPARE(describe(*read), expected);
}

void TestStoryReader::readsMarkdownLines_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("intent with entities and slots")
        << QByteArray("## s\n* inform{\"city\": [\"Berlin\", \"Paris\"], \"n\": 4}\n    - "
                      "slot{\"n\": 4.0}\n"
                      "    - utter_x\n")
        << QStringList{u"story s"_s, u"user inform [city=Berlin,city=Paris,n=4]"_s, u"slot n=4"_s,
                       u"action utter_x"_s};
    QTest::newRow("e2e") << QByteArray("## s\n* greet: hi, I'm [Anna](name)\n* affirm: /affirm\n")
                         << QStringList{u"story s"_s, u"user greet [name=Anna] \"hi, I'm Anna\""_s,
                                        u"user affirm \"/affirm\""_s};
    QTest::newRow("forms and comments") << QByteArray(
        "<!-- header\ncomment -->\n## s <!-- x -->\n* a\n    - f\n    - form{\"name\": \"f\"}\n"
        "* form: inform\n    - form: f\n    - active_loop{\"name\": null}\n")
                                        << QStringList{u"story s"_s, u"user a"_s, u"action f"_s,
                                                       u"loop f"_s, u"loop null"_s};
    QTest::newRow("or and checkpoints")
        << QByteArray("## s\n> start{\"slot\": true}\n* a OR b\n    - rewind\n> end\n")
        << QStringList{u"story s"_s, u"> start{\"slot\": true}"_s, u"user a OR user b"_s,
                       u"rewind"_s, u"< end"_s};
    QTest::newRow("rule block") << QByteArray(">> r\n    - ...\n* a\n    - b\n")
                                << QStringList{u"rule r"_s, u"action ..."_s, u"user a"_s,
                                               u"action b"_s};
    QTest::newRow("crlf") << QByteArray("## s\r\n* a\r\n    - b\r\n")
                          << QStringList{u"story s"_s, u"user a"_s, u"action b"_s};
}

void TestStoryReader::readsMarkdownLines()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, expected);
    Result<StorySteps> read = StoryReader::readMarkdown(markdown);
    QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
    QCOMPARE(describe(*read), expected);
}

void TestStoryReader::readsRuleProperties()
{
    Result<StorySteps> read = StoryReader::readFile(
        TestSupport::dataPath(u"rasa/data/test_yaml_stories/rules_without_stories.yml"_s));
    QVERIFY(read.isOk());
    const StoryStep &withCondition = read->at(0);
    QCOMPARE(withCondition.kind, StoryStep::Kind::Rule);
    QCOMPARE(withCondition.conditions.size(), 2);
    QCOMPARE(withCondition.conditions.at(0).type(), EventType::ActiveLoop);
    QCOMPARE(withCondition.conditions.at(1).name(), u"requested_slot"_s);
    QVERIFY(read->at(2).waitForUserInput);
    QVERIFY(!read->at(3).waitForUserInput);
    QVERIFY(read->at(4).conversationStart);
    QVERIFY(!read->at(3).conversationStart);
}

void TestStoryReader::bareSlotsTakeDomainDefaults()
{
    Result<Domain> domain =
        Domain::fromYaml("slots:\n  t: {type: text}\n  b: {type: bool}\n  f: {type: float}\n");
    QVERIFY(domain.isOk());
    const QByteArray yaml =
        "stories:\n- story: s\n  steps:\n  - slot_was_set:\n    - t\n    - b\n    - f\n";
    Result<StorySteps> read = StoryReader::readYaml(yaml, {}, &*domain);
    QVERIFY(read.isOk());
    QCOMPARE(
        describe(*read),
        (QStringList{u"story s"_s, u"slot t=\"filled\""_s, u"slot b=true"_s, u"slot f=null"_s}));
}

void TestStoryReader::reportsErrorsWithLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QString>("where");
    QTest::newRow("yaml syntax") << QByteArray("stories:\n- story: a\n  steps: [\n") << false
                                 << u"line 4"_s;
    QTest::newRow("top level list") << QByteArray("- a\n") << false << u"line 1"_s;
    QTest::newRow("steps not a list")
        << QByteArray("stories:\n- story: a\n  steps: 3\n") << false << u"line 3"_s;
    QTest::newRow("story not a mapping") << QByteArray("stories:\n- a\n") << false << u"line 2"_s;
    QTest::newRow("bad annotation")
        << QByteArray("stories:\n- story: a\n  steps:\n  - intent: x\n  - user: '[x]{y}'\n")
        << false << u"line 5"_s;
    QTest::newRow("entities not a list")
        << QByteArray("stories:\n- story: a\n  steps:\n  - intent: x\n    entities: a\n") << false
        << u"line 5"_s;
    QTest::newRow("empty intent") << QByteArray("rules:\n- rule: a\n  steps:\n  - intent: ''\n")
                                  << false << u"line 4"_s;
    QTest::newRow("md event before story")
        << QByteArray("\n    - utter_x\n") << true << u"line 2"_s;
    QTest::newRow("md bad json") << QByteArray("## s\n* a\n    - slot{\"x\": }\n") << true
                                 << u"line 3"_s;
    QTest::newRow("md bad intent json") << QByteArray("## s\n* a{oops}\n") << true << u"line 2"_s;
}

void TestStoryReader::reportsErrorsWithLines()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, markdown);
    QFETCH(QString, where);
    Result<StorySteps> read = markdown ? StoryReader::readMarkdown(text, u"f.md"_s)
                                       : StoryReader::readYaml(text, u"f.yml"_s);
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().where.contains(where), qPrintable(read.error().toString()));
    QVERIFY2(read.error().where.startsWith(markdown ? "f.md"_L1 : "f.yml"_L1),
             qPrintable(read.error().toString()));
}

void TestStoryReader::survivesDamagedFiles()
{
    // Cut and scrambled versions of real files: an error or a result, never
    // a crash or a hang.
    QRandomGenerator random(7);
    for (const QString &file :
         {u"rasa/examples/formbot/data/stories.yml"_s, u"rasa/examples/formbot/data/stories.md"_s,
          u"rasa/data/test_yaml_stories/rules_without_stories.yml"_s}) {
        const QByteArray original = TestSupport::readFile(TestSupport::dataPath(file));
        const bool markdown = file.endsWith(".md"_L1);
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = original.left(random.bounded(original.size() + 1));
            for (int flip = 0; flip < round % 5 && !damaged.isEmpty(); ++flip)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            Result<StorySteps> read =
                markdown ? StoryReader::readMarkdown(damaged) : StoryReader::readYaml(damaged);
            QVERIFY(read.isOk() || !read.error().message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestStoryReader)
#include "tst_storyreader.moc"
