#include "export/markdownstorywriter.h"
#include "export/storybuilder.h"
#include "export/storyreader.h"
#include "model/tracker.h"
#include "testsupport/testdata.h"

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

QString render(const EventList &events, bool test = false)
{
    StoryStep step;
    step.name = u"interactive_story_1"_s;
    step.items = StoryBuilder::items(events);
    StoryWriterOptions options;
    options.testStories = test;
    options.floatSlots = {u"num_people"_s};
    return MarkdownStoryWriter(options).render({step});
}

} // namespace

class TestMarkdownStoryWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRasaLayout();
    void writesEntitiesAndSlots();
    void writesEndToEndLines();
    void writesCheckpointsAndOr();
    void writesEventsOfStoryStrings();
    void roundTripsRealFiles_data();
    void roundTripsRealFiles();
};

void TestMarkdownStoryWriter::writesRasaLayout()
{
    // spec §6.4: tracker_moodbot exported to a new stories.md.
    const QJsonValue json = TestSupport::readJson(
        TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s));
    Result<TrackerSnapshot> tracker = TrackerSnapshot::fromJson(json, true);
    QVERIFY(tracker.isOk());
    const StorySteps steps = StoryBuilder::build({ExportConversation{u"x"_s, tracker->events}});
    QCOMPARE(
        MarkdownStoryWriter(StoryWriterOptions()).render(steps),
        u"\n## interactive_story_1\n* greet\n    - utter_greet\n* mood_great\n    - utter_happy\n"_s);
}

void TestMarkdownStoryWriter::writesEntitiesAndSlots()
{
    const QList<Entity> entities{Entity::onSpan(u"number"_s, 4, 0, 1),
                                 Entity::onSpan(u"city"_s, u"Berlin"_s, 2, 8),
                                 Entity::onSpan(u"city"_s, u"Paris"_s, 9, 14),
                                 Entity::onSpan(u"note"_s, u"Grüße \"x\""_s, 15, 16)};
    const QString text =
        render({user(u"4 Berlin Paris x"_s, u"book"_s, entities), Event::slot(u"num_people"_s, 4),
                Event::slot(u"count"_s, 4), Event::slot(u"list"_s, QJsonArray{u"a"_s, 1.5}),
                Event::activeLoop(u"form"_s), Event::activeLoop(QString())});
    QCOMPARE(
        text,
        u"\n## interactive_story_1\n"
        "* book{\"number\": 4, \"city\": [\"Berlin\", \"Paris\"], \"note\": \"Grüße \\\"x\\\"\"}\n"
        "    - slot{\"num_people\": 4.0}\n    - slot{\"count\": 4}\n    - slot{\"list\": [\"a\", "
        "1.5]}\n"
        "    - active_loop{\"name\": \"form\"}\n    - active_loop{\"name\": null}\n"_s);
    // Rasa's Markdown reader turns the list back into two entities.
    Result<StorySteps> back = StoryReader::readMarkdown(text.toUtf8());
    QVERIFY(back.isOk());
    QCOMPARE(back->first().items.first().event().parseData().entities().size(), 4);
}

void TestMarkdownStoryWriter::writesEndToEndLines()
{
    const QList<Entity> anna{Entity::onSpan(u"name"_s, u"Anna"_s, 8, 12)};
    const QString text =
        render({user(u"hi, I'm Anna"_s, u"greet"_s, anna), Event::action(u"utter_greet"_s),
                user(u"/affirm"_s, u"affirm"_s), user(u"free text"_s, QString())},
               true);
    QCOMPARE(text,
             u"\n## interactive_story_1\n* greet: hi, I'm [Anna](name)\n    - utter_greet\n"
             "* affirm: /affirm\n* free text\n"_s);
}

void TestMarkdownStoryWriter::writesCheckpointsAndOr()
{
    StoryStep step;
    step.name = u"s"_s;
    step.startCheckpoints = {{u"begin"_s, QJsonObject{{u"name"_s, u"peter"_s}}}};
    step.items = {StoryItem{{user(u"a"_s, u"affirm"_s), user(u"t"_s, u"thank_you"_s)}},
                  StoryItem{{Event::action(u"utter_default"_s)}}};
    step.endCheckpoints = {{u"check_goodbye"_s, {}}};
    StoryStep rule;
    rule.kind = StoryStep::Kind::Rule;
    rule.name = u"r"_s;
    rule.items = {StoryItem{{user(u"a"_s, u"a"_s)}}};
    const QString text = MarkdownStoryWriter(StoryWriterOptions()).render({step, rule});
    QCOMPARE(text,
             u"\n## s\n> begin{\"name\": \"peter\"}\n* affirm OR thank_you\n    - utter_default\n"
             "> check_goodbye\n\n>> r\n* a\n"_s);
    Result<StorySteps> back = StoryReader::readMarkdown(text.toUtf8());
    QVERIFY2(back.isOk(), qPrintable(back.error().toString()));
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->first().items.first().alternatives.size(), 2);
    QCOMPARE(back->at(1).kind, StoryStep::Kind::Rule);
}

void TestMarkdownStoryWriter::writesEventsOfStoryStrings()
{
    const QString text = render({user(u"a"_s, u"a"_s), Event::action(u"action_listen"_s),
                                 Event::simple(EventType::SessionStarted),
                                 Event::followup(u"act"_s), Event::simple(EventType::ResetSlots),
                                 Event::simple(EventType::Pause), Event::bot(u"ignored"_s)});
    QCOMPARE(
        text,
        u"\n## interactive_story_1\n* a\n    - followup{\"name\": \"act\"}\n    - reset_slots\n"
        "    - pause\n"_s);
}

void TestMarkdownStoryWriter::roundTripsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("moodbot") << u"rasa/examples/moodbot/data/stories.md"_s;
    QTest::newRow("formbot") << u"rasa/examples/formbot/data/stories.md"_s;
    QTest::newRow("checkpoints") << u"rasa/data/test_stories/stories.md"_s;
    QTest::newRow("forms") << u"rasa/data/test_stories/stories_form.md"_s;
    QTest::newRow("yaml with or")
        << u"rasa/data/test_yaml_stories/story_with_or_and_entities.yml"_s;
}

void TestMarkdownStoryWriter::roundTripsRealFiles()
{
    QFETCH(QString, file);
    Result<StorySteps> read = StoryReader::readFile(TestSupport::dataPath(file));
    QVERIFY2(read.isOk(), qPrintable(read.error().toString()));
    const QString written = MarkdownStoryWriter(StoryWriterOptions()).render(*read);
    Result<StorySteps> again = StoryReader::readMarkdown(written.toUtf8());
    QVERIFY2(again.isOk(), qPrintable(again.error().toString()));
    QCOMPARE(MarkdownStoryWriter(StoryWriterOptions()).render(*again), written);
    QCOMPARE(again->size(), read->size());
}

QTEST_GUILESS_MAIN(TestMarkdownStoryWriter)
#include "tst_markdownstorywriter.moc"
