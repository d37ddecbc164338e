#include "model/domain.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFixtureDomain_data();
    void readsEveryFixtureDomain();
    void readsTwoXServerShape();
    void readsThreeXServerShape();
    void readsYamlFileDetails();
    void readsRolesAndIntentProperties();
    void readsLegacyResponseShapes();
    void listsPredictableActions();
    void initialSlotsIncludeDefaults();
    void rejectsWrongShapes_data();
    void rejectsWrongShapes();
};

void TestDomain::readsEveryFixtureDomain_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestSupport::dataFiles(u"."_s, {u"domain.yml"_s, u"domain.json"_s}))
        QTest::newRow(qPrintable(file)) << file;
    for (const QString &file : TestSupport::dataFiles(u"rasa/data/test_domains"_s))
        QTest::newRow(qPrintable(file)) << u"rasa/data/test_domains/"_s + file;
}

void TestDomain::readsEveryFixtureDomain()
{
    QFETCH(QString, file);
    Result<Domain> domain = Domain::fromFile(TestSupport::dataPath(file));
    QVERIFY2(domain.isOk(), qPrintable(domain.error().toString()));
    QVERIFY(!domain->intents().isEmpty());
    // Round trip: the JSON read is the JSON returned, and reading it again
    // gives the same domain.
    Result<Domain> again = Domain::fromJson(domain->toJson());
    QVERIFY(again.isOk());
    QCOMPARE(again->toJson(), domain->toJson());
    QCOMPARE(again->intentNames(), domain->intentNames());
    QCOMPARE(again->allActionNames(), domain->allActionNames());
}

void TestDomain::readsTwoXServerShape()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "config": {"store_entities_as_slots": true},
        "intents": [{"affirm": {"use_entities": true}}, {"request": {"use_entities": []}},
                    {"inform": {"ignore_entities": ["name"]}},
                    {"faq": {"use_entities": true, "is_retrieval_intent": true}}],
        "entities": ["cuisine", {"city": {"roles": ["from", "to"]}}],
        "slots": {"num": {"type": "rasa.shared.core.slots.FloatSlot", "initial_value": 2.0,
                          "auto_fill": false, "max_value": 5.0, "min_value": 0.0}},
        "responses": {"utter_greet": [{"text": "Hey", "buttons": [{"title": "a", "payload": "/a"}]}]},
        "actions": ["action_search"],
        "forms": {"restaurant_form": {"required_slots": {"cuisine": []}}}})")
                                 .object();
    Result<Domain> domain = Domain::fromJson(json);
    QVERIFY(domain.isOk());
    QCOMPARE(domain->intentNames(),
             (QStringList{u"affirm"_s, u"request"_s, u"inform"_s, u"faq"_s}));
    QVERIFY(!domain->intents().at(1).useAllEntities);
    QCOMPARE(domain->intents().at(2).ignoredEntities, QStringList{u"name"_s});
    QVERIFY(domain->intents().at(3).isRetrievalIntent);
    QCOMPARE(domain->entity(u"city"_s)->roles, (QStringList{u"from"_s, u"to"_s}));
    const SlotDefinition *num = domain->slot(u"num"_s);
    QCOMPARE(num->type, u"float"_s);
    QCOMPARE(num->maxValue.value(), 5.0);
    QVERIFY(!num->autoFill);
    QCOMPARE(domain->response(u"utter_greet"_s)
                 ->variations.at(0)
                 .toObject()
                 .value("buttons"_L1)
                 .toArray()
                 .size(),
             1);
    QVERIFY(domain->isForm(u"restaurant_form"_s));
    QVERIFY(domain->knowsAction(u"restaurant_form"_s));
    QVERIFY(domain->knowsAction(u"action_listen"_s));
    QVERIFY(!domain->knowsAction(u"utter_new"_s));
}

void TestDomain::readsThreeXServerShape()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"version": "3.1",
        "intents": ["affirm", {"request_restaurant": {"use_entities": []}}, "greet"],
        "entities": ["cuisine", {"GPE": {"roles": ["destination", "origin"]}}],
        "slots": {"name": {"type": "text", "mappings": [{"type": "from_entity", "entity": "name"}]}},
        "actions": ["action_search", {"action_with_domain": {"send_domain": true}}],
        "forms": {"some_form": {"required_slots": ["name"]}}})")
                                 .object();
    Result<Domain> domain = Domain::fromJson(json);
    QVERIFY(domain.isOk());
    // Strings are whole names, never their first character (Rasa #11157).
    QCOMPARE(domain->intentNames(),
             (QStringList{u"affirm"_s, u"request_restaurant"_s, u"greet"_s}));
    QCOMPARE(domain->actionNames(), (QStringList{u"action_search"_s, u"action_with_domain"_s}));
    QCOMPARE(domain->formatMajorVersion(), 3);
    QCOMPARE(domain->slot(u"name"_s)->mappings.size(), 1);
    QVERIFY(domain->allActionNames().contains(u"action_extract_slots"_s));
    QVERIFY(!domain->allActionNames(2).contains(u"action_extract_slots"_s));
}

void TestDomain::readsYamlFileDetails()
{
    Result<Domain> mood =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    QVERIFY(mood.isOk());
    QCOMPARE(mood->formatVersion(), u"2.0"_s);
    QCOMPARE(mood->intentNames().size(), 7);
    QCOMPARE(mood->responses().size(), 6);
    QCOMPARE(mood->response(u"utter_cheer_up"_s)
                 ->variations.at(0)
                 .toObject()
                 .value("image"_L1)
                 .toString(),
             u"https://i.imgur.com/nGF1K8f.jpg"_s);
    QCOMPARE(mood->sessionConfig().sessionExpirationTime, 60.0);

    Result<Domain> form =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/formbot/domain.yml"_s));
    QVERIFY(form.isOk());
    QCOMPARE(form->formNames(), QStringList{u"restaurant_form"_s});
    QCOMPARE(form->actionNames(), QStringList{u"validate_restaurant_form"_s});
    QVERIFY(!form->slot(u"cuisine"_s)->influenceConversation);

    Result<Domain> crlf = Domain::fromFile(
        TestSupport::dataPath(u"rasa/data/test_domains/default_unfeaturized_entities.yml"_s));
    QVERIFY(crlf.isOk());
    QVERIFY(crlf->intentNames().size() > 3);
}

void TestDomain::readsRolesAndIntentProperties()
{
    Result<Domain> travel =
        Domain::fromFile(TestSupport::dataPath(u"rasa/data/test_domains/travel_form.yml"_s));
    QVERIFY(travel.isOk());
    QCOMPARE(travel->entity(u"GPE"_s)->roles, (QStringList{u"destination"_s, u"origin"_s}));
    QCOMPARE(travel->intents().at(0).usedEntities, QStringList{u"GPE"_s});
    QCOMPARE(travel->intents().at(1).ignoredEntities, QStringList{u"GPE"_s});
}

void TestDomain::readsLegacyResponseShapes()
{
    Result<Domain> domain = Domain::fromJson(QJsonDocument::fromJson(R"({
        "templates": {"utter_a": ["plain"], "utter_b": {"typed in 2.x": ""}}})")
                                                 .object());
    QVERIFY(domain.isOk());
    QCOMPARE(
        domain->response(u"utter_a"_s)->variations.at(0).toObject().value("text"_L1).toString(),
        u"plain"_s);
    QCOMPARE(
        domain->response(u"utter_b"_s)->variations.at(0).toObject().value("text"_L1).toString(),
        u"typed in 2.x"_s);
}

void TestDomain::listsPredictableActions()
{
    Result<Domain> mood =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    const QStringList actions = mood->allActionNames(3);
    QVERIFY(actions.contains(u"utter_greet"_s));
    QVERIFY(actions.contains(u"action_listen"_s));
    QVERIFY(actions.contains(u"action_restart"_s));
    QVERIFY(!actions.contains(u"..."_s));
    QCOMPARE(actions.count(u"utter_greet"_s), 1);
    QVERIFY(std::is_sorted(actions.cbegin(), actions.cend()));
}

void TestDomain::initialSlotsIncludeDefaults()
{
    Result<Domain> form =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/formbot/domain.yml"_s));
    const QList<SlotValue> slots2 = form->initialSlotValues(2);
    QCOMPARE(slots2.first().name, form->slotDefinitions().first().name);
    QCOMPARE(std::count_if(slots2.cbegin(), slots2.cend(),
                           [](const SlotValue &s) { return s.name == "requested_slot"_L1; }),
             1);
    const QList<SlotValue> slots3 = form->initialSlotValues(3);
    QCOMPARE(slots3.last().name, u"session_started_metadata"_s);
}

void TestDomain::rejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("list at top") << QByteArray("- a\n- b\n");
    QTest::newRow("intents mapping") << QByteArray("intents:\n  greet: 1\n");
    QTest::newRow("intent with two keys") << QByteArray("intents:\n- {a: {}, b: {}}\n");
    QTest::newRow("entities scalar") << QByteArray("entities: city\n");
    QTest::newRow("slots list") << QByteArray("slots:\n- a\n");
    QTest::newRow("responses list") << QByteArray("responses:\n- a\n");
    QTest::newRow("actions mapping") << QByteArray("actions:\n  a: b\n");
    QTest::newRow("forms scalar") << QByteArray("forms: 3\n");
    QTest::newRow("broken yaml") << QByteArray("intents: [a, b\n");
    QTest::newRow("tabs") << QByteArray("intents:\n\t- a\n");
}

void TestDomain::rejectsWrongShapes()
{
    QFETCH(QByteArray, yaml);
    Result<Domain> domain = Domain::fromYaml(yaml, u"domain.yml"_s);
    QVERIFY(!domain.isOk());
    QVERIFY(domain.error().toString().contains("domain.yml"_L1));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
