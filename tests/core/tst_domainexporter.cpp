#include "export/domainexporter.h"
#include "export/storystepbuilder.h"
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

Domain domainFrom(const QByteArray &yaml)
{
    return Domain::fromYaml(yaml).value();
}

ResponseDefinition response(const QString &name, const QString &text)
{
    return {name, QJsonArray{QJsonObject{{u"text"_s, text}}}};
}

} // namespace

class TestDomainExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsFromAppliedEvents();
    void extendsTheFileAsText();
    void reportsConflictingResponses();
    void writesNothingWhenNothingIsNew();
    void writesACompleteCleanDomain();
    void refusesBrokenDomainFiles();
    void replacesClashingResponsesWhenChosen();
    void botTurnGivenAsTextAddsNoEmptyName();
};

void TestDomainExporter::collectsFromAppliedEvents()
{
    QJsonObject duckling = Entity::onSpan(u"time"_s, u"now"_s, 0, 3).toJson();
    duckling.insert("extractor"_L1, u"DucklingEntityExtractor"_s);
    const EventList events{
        Event::actionListen(),
        user(u"now to Rome"_s, u"book"_s,
             {Entity(duckling), Entity::onSpan(u"city"_s, u"Rome"_s, 7, 11, u"to"_s)}),
        Event::action(u"action_try"_s),
        Event::undo(), // undone: not added
        Event::action(u"restaurant_form"_s), // a form of the server
        Event::action(u"action_deactivate_loop"_s),
        Event::action(u"utter_ok"_s),
        Event::actionListen(),
        user(u"/faq{\"topic\": \"x\"}"_s, u"faq"_s),
        Event::action(u"action_extract_slots"_s),
        Event::action(u"..."_s)};
    const Domain server = domainFrom("forms:\n  restaurant_form: {}\n");
    const DomainAdditions additions = DomainExporter::collect(
        {ExportConversation{u"c"_s, events}}, server, {response(u"utter_ok"_s, u"OK"_s)});
    QCOMPARE(additions.intents, (QStringList{u"book"_s, u"faq"_s}));
    QCOMPARE(additions.entities, QStringList{u"city"_s});
    QCOMPARE(additions.entityRoles.value(u"city"_s), QStringList{u"to"_s});
    QCOMPARE(additions.actions, QStringList{u"utter_ok"_s});
    QCOMPARE(additions.responses.size(), 1);
}

void TestDomainExporter::extendsTheFileAsText()
{
    const QByteArray file =
        "version: \"3.1\"\n\nintents:\n  - greet\n  - inform:\n      use_entities: []\n\n"
        "entities:\n  - city:\n      roles: [to]\n\nresponses:\n  utter_greet:\n  - text: Hi\n\n"
        "actions: [action_x]  # custom\n";
    DomainAdditions additions;
    additions.intents = {u"greet"_s, u"inform"_s, u"book"_s};
    additions.entities = {u"city"_s, u"date"_s};
    additions.entityGroups.insert(u"date"_s, {u"1"_s});
    additions.actions = {u"action_x"_s, u"utter_greet"_s, u"utter_new"_s, u"action_y"_s};
    additions.responses = {response(u"utter_new"_s, u"New: text"_s)};
    Result<DomainFileUpdate> update =
        DomainExporter::merge(file, u"domain.yml"_s, Domain(), additions, 3);
    QVERIFY2(update.isOk(), qPrintable(update.error().toString()));
    QCOMPARE(
        update->content,
        QByteArray(
            "version: \"3.1\"\n\nintents:\n  - greet\n  - inform:\n      use_entities: []\n  - "
            "book\n\n"
            "entities:\n  - city:\n      roles: [to]\n  - date:\n      groups:\n      - '1'\n\n"
            "responses:\n  utter_greet:\n  - text: Hi\n  utter_new:\n  - text: 'New: text'\n\n"
            "actions: [action_x, action_y]  # custom\n"));
    QCOMPARE(update->added.intents, QStringList{u"book"_s});
    QCOMPARE(update->added.actions, QStringList{u"action_y"_s});
    QVERIFY(update->conflicts.isEmpty());
}

void TestDomainExporter::reportsConflictingResponses()
{
    const QByteArray file = "responses:\n  utter_greet:\n  - text: Hi\n";
    DomainAdditions additions;
    additions.responses = {response(u"utter_greet"_s, u"Hello"_s),
                           response(u"utter_greet2"_s, u"Hi"_s)};
    Result<DomainFileUpdate> update =
        DomainExporter::merge(file, u"d.yml"_s, Domain(), additions, 3);
    QVERIFY(update.isOk());
    QCOMPARE(update->conflicts.size(), 1);
    QCOMPARE(update->conflicts.first().name, u"utter_greet"_s);
    QCOMPARE(update->conflicts.first().existing.first().toObject().value("text"_L1).toString(),
             u"Hi"_s);
    QVERIFY(!update->content.contains("Hello"));
    QVERIFY(update->content.contains("utter_greet2"));
    // Without a file the server's domain is the reference.
    Result<DomainFileUpdate> fresh =
        DomainExporter::merge(std::nullopt, u"d.yml"_s, domainFrom(file), additions, 3);
    QCOMPARE(fresh->conflicts.size(), 1);
    QVERIFY(!fresh->content.contains("Hello"));
}

void TestDomainExporter::replacesClashingResponsesWhenChosen()
{
    const QByteArray file = "responses:\n  utter_greet:\n  - text: Hi\n    image: hi.png\n  # bye\n"
                            "  utter_bye:\n  - text: Bye\n";
    DomainAdditions additions;
    additions.responses = {response(u"utter_greet"_s, u"Hello"_s),
                           response(u"utter_new"_s, u"New"_s)};
    Result<DomainFileUpdate> kept =
        DomainExporter::merge(file, u"d.yml"_s, Domain(), additions, 3, ResponseClash::Keep);
    QVERIFY(kept.isOk());
    QCOMPARE(kept->content, file + "  utter_new:\n  - text: New\n");
    QCOMPARE(kept->replaced, 0);
    Result<DomainFileUpdate> replaced =
        DomainExporter::merge(file, u"d.yml"_s, Domain(), additions, 3, ResponseClash::Replace);
    QVERIFY2(replaced.isOk(), qPrintable(replaced.error().toString()));
    QCOMPARE(replaced->content,
             QByteArray("responses:\n  utter_greet:\n  - text: Hello\n  # bye\n"
                        "  utter_bye:\n  - text: Bye\n  utter_new:\n  - text: New\n"));
    QCOMPARE(replaced->replaced, 1);
    QCOMPARE(replaced->conflicts.size(), 1); // still reported, as replaced
    // Without a file: the complete domain takes the session's text.
    Result<DomainFileUpdate> fresh = DomainExporter::merge(
        std::nullopt, u"d.yml"_s, domainFrom(file), additions, 3, ResponseClash::Replace);
    QVERIFY(fresh->content.contains("utter_greet:\n  - text: Hello\n"));
    QVERIFY(!fresh->content.contains("hi.png"));
}

void TestDomainExporter::botTurnGivenAsTextAddsNoEmptyName()
{
    // e2e stories: a bot turn given as text is an action without a name.
    const EventList events{Event::actionListen(), user(u"hi"_s, u"greet"_s),
                           StoryEvents::botText(u"Hello!"_s), Event::action(u"utter_ok"_s),
                           Event::actionListen()};
    const DomainAdditions additions =
        DomainExporter::collect({ExportConversation{u"c"_s, events}}, Domain(), {});
    QCOMPARE(additions.actions, QStringList{u"utter_ok"_s});
    Result<DomainFileUpdate> update = DomainExporter::merge(QByteArray("actions:\n- action_x\n"),
                                                            u"d.yml"_s, Domain(), additions, 3);
    QVERIFY(update.isOk());
    QVERIFY(!update->content.contains("''"));
    Result<DomainFileUpdate> complete =
        DomainExporter::merge(std::nullopt, u"d.yml"_s, Domain(), additions, 3);
    QVERIFY(!complete->content.contains("''"));
    QVERIFY(!complete->content.contains("- \n"));
}

void TestDomainExporter::writesNothingWhenNothingIsNew()
{
    const QByteArray file =
        TestSupport::readFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    DomainAdditions additions;
    additions.intents = {u"greet"_s};
    additions.actions = {u"utter_greet"_s};
    additions.responses = {response(u"utter_happy"_s, u"Great, carry on!"_s)};
    Result<DomainFileUpdate> update =
        DomainExporter::merge(file, u"domain.yml"_s, Domain(), additions, 2);
    QVERIFY(update.isOk());
    QVERIFY(!update->changed);
    QVERIFY(update->conflicts.isEmpty());
    QCOMPARE(update->content, file);
}

void TestDomainExporter::writesACompleteCleanDomain()
{
    // The normalised shape a Rasa 2.x server returns from GET /domain.
    const QJsonObject json{
        {u"config"_s, QJsonObject{{u"store_entities_as_slots"_s, true}}},
        {u"session_config"_s,
         QJsonObject{{u"session_expiration_time"_s, 30},
                     {u"carry_over_slots_to_new_session"_s, false}}},
        {u"intents"_s,
         QJsonArray{
             QJsonObject{{u"greet"_s, QJsonObject{{u"use_entities"_s, true}}}},
             QJsonObject{{u"inform"_s, QJsonObject{{u"use_entities"_s, QJsonArray{u"city"_s}}}}}}},
        {u"entities"_s, QJsonArray{u"city"_s}},
        {u"slots"_s,
         QJsonObject{{u"city"_s,
                      QJsonObject{{u"type"_s, u"rasa.shared.core.slots.TextSlot"_s},
                                  {u"initial_value"_s, QJsonValue()},
                                  {u"auto_fill"_s, true},
                                  {u"influence_conversation"_s, true}}}}},
        {u"responses"_s,
         QJsonObject{{u"utter_greet"_s,
                      QJsonArray{QJsonObject{
                          {u"buttons"_s,
                           QJsonArray{QJsonObject{{u"payload"_s, u"/a"_s}, {u"title"_s, u"A"_s}}}},
                          {u"text"_s, u"Hi"_s}}}}}},
        {u"actions"_s, QJsonArray{u"zeta_action"_s}},
        {u"forms"_s, QJsonObject()},
        {u"e2e_actions"_s, QJsonArray()},
    };
    DomainAdditions additions;
    additions.intents = {u"greet"_s, u"bye"_s};
    additions.entities = {u"city"_s, u"date"_s};
    additions.entityRoles.insert(u"date"_s, {u"from"_s});
    additions.actions = {u"alpha_action"_s, u"utter_greet"_s};
    additions.responses = {response(u"utter_bye"_s, u"Bye"_s)};
    const QString yaml =
        DomainExporter::renderComplete(Domain::fromJson(json).value(), additions, 2);
    QCOMPARE(
        yaml,
        u"version: \"2.0\"\nsession_config:\n  session_expiration_time: 30\n"
        "  carry_over_slots_to_new_session: false\nintents:\n- greet\n- inform:\n    "
        "use_entities:\n"
        "    - city\n- bye\nentities:\n- city\n- date:\n    roles:\n    - from\nslots:\n  city:\n"
        "    type: text\n    influence_conversation: true\nresponses:\n  utter_bye:\n  - text: "
        "Bye\n"
        "  utter_greet:\n  - text: Hi\n    buttons:\n    - title: A\n      payload: /a\nactions:\n"
        "- alpha_action\n- utter_greet\n- zeta_action\n"_s);
    Result<Domain> back = Domain::fromYaml(yaml.toUtf8());
    QVERIFY(back.isOk());
    QCOMPARE(back->slot(u"city"_s)->type, u"text"_s);
}

void TestDomainExporter::refusesBrokenDomainFiles()
{
    DomainAdditions additions;
    additions.intents = {u"greet"_s};
    for (const QByteArray &file :
         {QByteArray("intents: [\n"), QByteArray("- a\n"), QByteArray("intents: 4\n")}) {
        Result<DomainFileUpdate> update =
            DomainExporter::merge(file, u"domain.yml"_s, Domain(), additions, 3);
        QVERIFY2(!update.isOk(), file.constData());
        QVERIFY(update.error().toString().contains("domain.yml"_L1));
    }
}

QTEST_GUILESS_MAIN(TestDomainExporter)
#include "tst_domainexporter.moc"
