#include "export/storybuilder.h"
#include "export/storyreader.h"
#include "export/storystepbuilder.h"
#include "export/yamlstorywriter.h"
#include "model/yamlreader.h"
#include "testsupport/testdata.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event user(const QString &text, const QString &intent, const QList<Entity> &entities = {})
{
    return Event::user(text, ParseData::corrected(text, intent, entities));
}

Event featurization(bool useText)
{
    return Event::fromJson(QJsonObject{{u"event"_s, u"user_featurization"_s},
                                       {u"use_text_for_featurization"_s, useText}})
        .value();
}

StoryStep story(const QString &name, const EventList &events)
{
    StoryStep step;
    step.name = name;
    step.items = StoryBuilder::items(events);
    return step;
}

QString render(const StorySteps &steps, bool test, const QString &version = u"2.0"_s)
{
    StoryWriterOptions options;
    options.version = version;
    options.testStories = test;
    options.floatSlots = {u"price"_s};
    return YamlStoryWriter(options).render(steps);
}

//! All events of all steps, for comparing two readings of a file.
QJsonArray eventsOf(const StorySteps &steps)
{
    QJsonArray all;
    for (const StoryStep &step : steps) {
        all.append(step.name);
        for (const Checkpoint &checkpoint : step.startCheckpoints)
            all.append(QString(u"> "_s + checkpoint.name));
        for (const StoryItem &item : step.items)
            all.append(
                Event::listToJson(EventList(item.alternatives.cbegin(), item.alternatives.cend())));
        for (const Checkpoint &checkpoint : step.endCheckpoints)
            all.append(QString(u"< "_s + checkpoint.name));
        all.append(Event::listToJson(step.conditions));
        all.append(step.conversationStart);
        all.append(step.waitForUserInput);
    }
    return all;
}

} // namespace

class TestYamlStoryWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRasaExamples_data();
    void writesRasaExamples();
    void keepsRolesAndGroups();
    void writesSlotValuesOfEveryType();
    void writesCheckpointsOrAndRules();
    void roundTripsRealFiles_data();
    void roundTripsRealFiles();
    void itemTextsMakeTheSameBlock();
    void rendersIndentedBlocks();
    void rendersManyStoriesInOrderOnAllCores();
    void writesToDevice();
};

void TestYamlStoryWriter::writesRasaExamples_data()
{
    QTest::addColumn<StorySteps>("steps");
    QTest::addColumn<bool>("test");
    QTest::addColumn<QString>("expected");
    const QString header = u"version: \"2.0\"\nstories:\n- story: default\n  steps:\n"_s;
    QTest::newRow("test story") << StorySteps{story(
        u"default"_s, {user(u"Hello"_s, u"greet"_s), Event::action(u"utter_greet"_s)})}
                                << true
                                << header
            + u"  - intent: greet\n    user: |-\n      Hello\n  - action: utter_greet\n"_s;
    QTest::newRow("action_unlikely_intent left out") << StorySteps{story(
        u"default"_s,
        {user(u"Hello"_s, u"greet"_s), Event::action(u"utter_hello"_s),
         Event::action(u"action_unlikely_intent"_s), Event::action(u"utter_bye"_s)})}
                                                     << true
                                                     << header
            + u"  - intent: greet\n    user: |-\n      Hello\n  - action: utter_hello\n  - action: utter_bye\n"_s;
    QTest::newRow("not a test story")
        << StorySteps{story(u"default"_s,
                            {user(u"greet"_s, u"greet"_s), Event::action(u"utter_greet"_s)})}
        << false << header + u"  - intent: greet\n  - action: utter_greet\n"_s;
    Event textOnly = user(u"Hi"_s, QString());
    QTest::newRow("end-to-end mix")
        << StorySteps{story(u"test_writing_end_to_end_stories"_s,
                            {user(u"greet"_s, u"greet"_s), Event::action(u"utter_greet"_s),
                             user(u"greet"_s, u"greet"_s), featurization(false),
                             Event::action(u"utter_greet"_s), textOnly, featurization(true),
                             StoryEvents::botText(u"Hi, I'm a bot."_s), user(u"Hi"_s, u"greet"_s),
                             featurization(true), StoryEvents::botText(u"Hi, I'm a bot."_s)})}
        << false
        << u"version: \"2.0\"\nstories:\n- story: test_writing_end_to_end_stories\n  steps:\n"
           "  - intent: greet\n  - action: utter_greet\n  - intent: greet\n  - action: "
           "utter_greet\n"
           "  - user: |-\n      Hi\n  - bot: Hi, I'm a bot.\n  - user: |-\n      Hi\n  - bot: Hi, I'm a bot.\n"_s;
    QTest::newRow("slash text verbatim in test stories")
        << StorySteps{story(u"default"_s, {user(u"/affirm"_s, u"affirm"_s)})} << true
        << header + u"  - intent: affirm\n    user: |-\n      /affirm\n"_s;
    // Stories name the base intent of a retrieval intent (Rasa 3.6's reader
    // warns on full names); its response key is for the NLU data only.
    QTest::newRow("retrieval intent by its base name") << StorySteps{story(
        u"default"_s, {user(u"who are you"_s, u"faq/ask_name"_s), Event::action(u"utter_faq"_s)})}
                                                       << false
                                                       << header
            + u"  - intent: faq\n  - action: utter_faq\n"_s;
    QTest::newRow("number entity values")
        << StorySteps{story(
               u"default"_s,
               {Event::user(u"for 4"_s,
                            ParseData::corrected(u"for 4"_s, u"book"_s,
                                                 {Entity::onSpan(u"number"_s, 4, 4, 5),
                                                  Entity::onSpan(u"hours"_s, 2.5, 0, 1)}))})}
        << false
        << header + u"  - intent: book\n    entities:\n    - number: 4\n    - hours: 2.5\n"_s;
    QTest::newRow("quoted names") << StorySteps{story(
        u"yes: no"_s, {user(u"x"_s, u"yes"_s), Event::action(u"utter_#1"_s)})}
                                  << false
                                  << u"version: \"2.0\"\nstories:\n- story: 'yes: no'\n  steps:\n"
                                     "  - intent: 'yes'\n  - action: utter_#1\n"_s;
}

void TestYamlStoryWriter::writesRasaExamples()
{
    QFETCH(StorySteps, steps);
    QFETCH(bool, test);
    QFETCH(QString, expected);
    QCOMPARE(render(steps, test), expected);
    Result<StorySteps> back = StoryReader::readYaml(expected.toUtf8());
    QVERIFY(back.isOk());
}

void TestYamlStoryWriter::keepsRolesAndGroups()
{
    const QList<Entity> entities{Entity::onSpan(u"city"_s, u"Berlin"_s, 11, 17, u"from"_s, u"g1"_s),
                                 Entity::onSpan(u"city"_s, u"Rome"_s, 21, 25, u"to"_s),
                                 Entity(QJsonObject{{u"entity"_s, u"bare"_s}})};
    const StorySteps steps{
        story(u"s"_s, {user(u"I fly from Berlin to Rome"_s, u"inform"_s, entities)})};
    const QString yaml = render(steps, false, u"3.1"_s);
    QCOMPARE(
        yaml,
        u"version: \"3.1\"\nstories:\n- story: s\n  steps:\n  - intent: inform\n    entities:\n"
        "    - city: Berlin\n      role: from\n      group: g1\n    - city: Rome\n      role: to\n"
        "    - bare\n"_s);
    Result<StorySteps> back = StoryReader::readYaml(yaml.toUtf8());
    QVERIFY(back.isOk());
    const QList<Entity> read = back->first().items.first().event().parseData().entities();
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0).role(), u"from"_s);
    QCOMPARE(read.at(0).group(), u"g1"_s);
    QCOMPARE(read.at(1).role(), u"to"_s);
    QCOMPARE(read.at(2).type(), u"bare"_s);
    QCOMPARE(render(steps, true, u"3.1"_s).section(u'\n', 5, 6),
             u"    user: |-\n      I fly from [Berlin]{\"entity\": \"city\", \"role\": \"from\", "
             u"\"group\": \"g1\"} to "
             "[Rome]{\"entity\": \"city\", \"role\": \"to\"}"_s);
}

void TestYamlStoryWriter::writesSlotValuesOfEveryType()
{
    const QJsonObject object{{u"a"_s, 1}, {u"b"_s, QJsonArray{u"x"_s, true}}};
    const StorySteps steps{
        story(u"s"_s,
              {user(u"hi"_s, u"greet"_s), Event::slot(u"price"_s, 4), Event::slot(u"count"_s, 4),
               Event::slot(u"ratio"_s, 0.25), Event::slot(u"flag"_s, false),
               Event::slot(u"none"_s, QJsonValue()), Event::slot(u"text"_s, u"yes"_s),
               Event::slot(u"list"_s, QJsonArray{1, u"two"_s}),
               Event::slot(u"empty"_s, QJsonArray()), Event::slot(u"map"_s, object),
               Event::activeLoop(u"form"_s), Event::activeLoop(QString())})};
    const QString yaml = render(steps, false);
    QVERIFY2(yaml.contains("  - slot_was_set:\n    - price: 4.0\n"_L1), qPrintable(yaml));
    QVERIFY(yaml.contains("    - count: 4\n"_L1));
    QVERIFY(yaml.contains("    - ratio: 0.25\n"_L1));
    QVERIFY(yaml.contains("    - flag: false\n"_L1));
    QVERIFY(yaml.contains("    - none: null\n"_L1));
    QVERIFY(yaml.contains("    - text: 'yes'\n"_L1));
    QVERIFY(yaml.contains("    - list:\n      - 1\n      - two\n"_L1));
    QVERIFY(yaml.contains("    - empty: []\n"_L1));
    QVERIFY(
        yaml.contains("    - map:\n        a: 1\n        b:\n        - x\n        - true\n"_L1));
    QVERIFY(yaml.endsWith("  - active_loop: form\n  - active_loop: null\n"_L1));
    Result<StorySteps> back = StoryReader::readYaml(yaml.toUtf8());
    QVERIFY(back.isOk());
    const QList<StoryItem> &items = back->first().items;
    QCOMPARE(items.at(1).event().slotValue(), QJsonValue(4));
    QCOMPARE(items.at(6).event().slotValue(), QJsonValue(u"yes"_s));
    QCOMPARE(items.at(9).event().slotValue(), QJsonValue(object));
}

void TestYamlStoryWriter::writesCheckpointsOrAndRules()
{
    StoryStep withCheckpoints = story(u"s"_s, {Event::action(u"utter_a"_s)});
    withCheckpoints.startCheckpoints = {{u"start"_s, QJsonObject{{u"name"_s, u"peter"_s}}}};
    withCheckpoints.items.prepend(StoryItem{{user(u"a"_s, u"a"_s), user(u"b"_s, u"b"_s)}});
    withCheckpoints.endCheckpoints = {{u"end"_s, {}}};
    StoryStep rule = story(u"r"_s, {user(u"x"_s, u"explain"_s), Event::action(u"utter_explain"_s)});
    rule.kind = StoryStep::Kind::Rule;
    rule.conditions = {Event::activeLoop(u"loop_q"_s), Event::slot(u"requested_slot"_s, u"some"_s)};
    rule.conversationStart = true;
    rule.waitForUserInput = false;
    const QString yaml = render({withCheckpoints, rule}, false);
    QCOMPARE(yaml,
             u"version: \"2.0\"\nstories:\n- story: s\n  steps:\n  - checkpoint: start\n    "
             u"slot_was_set:\n"
             "    - name: peter\n  - or:\n    - intent: a\n    - intent: b\n  - action: utter_a\n"
             "  - checkpoint: end\nrules:\n- rule: r\n  condition:\n  - active_loop: loop_q\n"
             "  - slot_was_set:\n    - requested_slot: some\n  conversation_start: true\n  steps:\n"
             "  - intent: explain\n  - action: utter_explain\n  wait_for_user_input: false\n"_s);
    Result<StorySteps> back = StoryReader::readYaml(yaml.toUtf8());
    QVERIFY(back.isOk());
    QCOMPARE(eventsOf(*back),
             eventsOf(StoryReader::readYaml(render(*back, false).toUtf8()).value()));
}

void TestYamlStoryWriter::roundTripsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestSupport::dataFiles(u"rasa"_s, {u"*.yml"_s})) {
        Result<QJsonValue> yaml = readYamlFile(TestSupport::dataPath(u"rasa/"_s + file));
        if (yaml
            && (yaml->toObject().contains("stories"_L1) || yaml->toObject().contains("rules"_L1)))
            QTest::newRow(qPrintable(file)) << u"rasa/"_s + file;
    }
    QTest::newRow("markdown checkpoints") << u"rasa/data/test_stories/stories.md"_s;
}

void TestYamlStoryWriter::roundTripsRealFiles()
{
    QFETCH(QString, file);
    for (const bool test : {false, true}) {
        Result<StorySteps> read = StoryReader::readFile(TestSupport::dataPath(file));
        QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
        const QString written = render(*read, test, u"3.1"_s);
        Result<StorySteps> again = StoryReader::readYaml(written.toUtf8());
        QVERIFY2(again.isOk(), qPrintable(again.error().toString() + u'\n' + written));
        // A second round gives the same text: nothing is lost or changed.
        QCOMPARE(render(*again, test, u"3.1"_s), written);
        QCOMPARE(again->size(), read->size());
    }
}

void TestYamlStoryWriter::itemTextsMakeTheSameBlock()
{
    const StoryStep step = story(u"interactive_story_1"_s,
                                 {user(u"hi"_s, u"greet"_s), Event::action(u"utter_greet"_s),
                                  Event::slot(u"name"_s, u"Anna"_s), Event::actionListen()});
    const YamlStoryWriter writer(StoryWriterOptions{});
    const QStringList items = writer.itemTexts(step);
    QCOMPARE(items,
             (QStringList{u"  - intent: greet\n"_s, u"  - action: utter_greet\n"_s,
                          u"  - slot_was_set:\n    - name: Anna\n"_s}));
    QCOMPARE(YamlStoryWriter::storyBlock(step.name, items), writer.renderBlocks({step}, 0));
}

void TestYamlStoryWriter::rendersIndentedBlocks()
{
    const StorySteps steps{
        story(u"s"_s, {user(u"hi"_s, u"greet"_s), Event::slot(u"l"_s, QJsonArray{1})})};
    StoryWriterOptions options;
    const QString blocks = YamlStoryWriter(options).renderBlocks(steps, 2);
    QCOMPARE(blocks,
             u"  - story: s\n    steps:\n    - intent: greet\n    - slot_was_set:\n"
             "      - l:\n        - 1\n"_s);
    Result<StorySteps> read = StoryReader::readYaml(
        (u"stories:\n  - story: a\n    steps:\n      - intent: x\n"_s + blocks).toUtf8());
    QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
    QCOMPARE(read->size(), 2);
}

void TestYamlStoryWriter::rendersManyStoriesInOrderOnAllCores()
{
    // Big exports render slices of stories on several threads: the joined
    // text must equal the stories rendered one at a time, in order.
    StorySteps steps;
    for (int i = 0; i < 3000; ++i) {
        const Entity city =
            Entity::onSpan(u"city"_s, u"Rome"_s, 8, 12, i % 2 ? u"to"_s : QString());
        steps.append(story(u"story_%1"_s.arg(i),
                           {user(u"fly %1 to Rome"_s.arg(i % 10), u"book"_s, {city}),
                            Event::slot(u"price"_s, i), Event::action(u"utter_%1"_s.arg(i))}));
    }
    const YamlStoryWriter writer{StoryWriterOptions()};
    QString oneByOne;
    for (const StoryStep &step : std::as_const(steps))
        oneByOne += writer.renderBlocks({step}, 2);
    for (int run = 0; run < 5; ++run)
        QCOMPARE(writer.renderBlocks(steps, 2), oneByOne);
    QVERIFY(oneByOne.contains(u"story: story_2999\n"_s));
}

void TestYamlStoryWriter::writesToDevice()
{
    const StorySteps steps{story(u"s"_s, {user(u"Grüße"_s, u"greet"_s)})};
    StoryWriterOptions options;
    options.testStories = true;
    const YamlStoryWriter writer(options);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writer.write(&buffer, steps).isOk());
    QCOMPARE(QString::fromUtf8(buffer.data()), writer.render(steps));
    QVERIFY(buffer.data().contains("Gr\xc3\xbc\xc3\x9f"
                                   "e"));
    QBuffer closed;
    QVERIFY(!writer.write(&closed, steps).isOk());
}

QTEST_GUILESS_MAIN(TestYamlStoryWriter)
#include "tst_yamlstorywriter.moc"
