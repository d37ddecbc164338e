// StateDomain: how Rasa's Domain featurizes slots and entities (checked
// against real Rasa by tst_conflictchecker's recorded projects; these pin
// the rules one by one, with the Python behaviour they follow).

#include "conflicts/statedomain.h"

#include "model/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

Domain domainFrom(const QByteArray &yaml)
{
    Result<Domain> domain = Domain::fromYaml(yaml);
    if (!domain)
        qFatal("bad test domain: %s", qPrintable(domain.error().toString()));
    return *domain;
}

const QByteArray SlotDomain = R"(version: "3.1"
slots:
  name: {type: text, mappings: [{type: custom}]}
  flag: {type: bool, mappings: [{type: custom}]}
  color: {type: categorical, values: [red, Blue, 2], mappings: [{type: custom}]}
  amount: {type: float, min_value: -5, max_value: 5, mappings: [{type: custom}]}
  share: {type: float, mappings: [{type: custom}]}
  items: {type: list, mappings: [{type: custom}]}
  blob: {type: any, mappings: [{type: custom}]}
  quiet: {type: text, influence_conversation: false, mappings: [{type: custom}]}
  start: {type: text, initial_value: here, mappings: [{type: custom}]}
)";

} // namespace

class TestStateDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotFeature_data();
    void slotFeature();
    void initialValues();
    void unknownSlot();
    void featurizedEntities_data();
    void featurizedEntities();
    void slotsFromEntitiesRasa2();
    void slotsFromEntitiesRasa3();
    void noSlotsFromEntitiesWhenDisabled();
    void requestedSlotForForms();
};

void TestStateDomain::slotFeature_data()
{
    QTest::addColumn<QString>("slot");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("feature");
    // text: set or not; "" is set (it is not None).
    QTest::newRow("text set") << "name" << QJsonValue(u"Ann"_s) << "set";
    QTest::newRow("text empty string") << "name" << QJsonValue(u""_s) << "set";
    QTest::newRow("text null") << "name" << QJsonValue() << "";
    // bool: Rasa's bool_from_any; what it cannot read counts as unset.
    QTest::newRow("bool true") << "flag" << QJsonValue(true) << "true";
    QTest::newRow("bool false") << "flag" << QJsonValue(false) << "false";
    QTest::newRow("bool 'True '") << "flag" << QJsonValue(u"True "_s) << "true";
    QTest::newRow("bool '1'") << "flag" << QJsonValue(u"1"_s) << "true";
    QTest::newRow("bool '0'") << "flag" << QJsonValue(u"0"_s) << "false";
    QTest::newRow("bool 1.0") << "flag" << QJsonValue(1.0) << "true";
    QTest::newRow("bool 2") << "flag" << QJsonValue(2) << "false";
    QTest::newRow("bool 'yes'") << "flag" << QJsonValue(u"yes"_s) << "";
    QTest::newRow("bool list") << "flag" << QJsonValue(QJsonArray{1}) << "";
    // categorical: lower-case str() of the value; unknown → __other__.
    QTest::newRow("categorical Red") << "color" << QJsonValue(u"Red"_s) << "red";
    QTest::newRow("categorical blue") << "color" << QJsonValue(u"blue"_s) << "blue";
    QTest::newRow("categorical 2") << "color" << QJsonValue(2) << "2";
    QTest::newRow("categorical green") << "color" << QJsonValue(u"green"_s) << "__other__";
    QTest::newRow("categorical true") << "color" << QJsonValue(true) << "__other__";
    QTest::newRow("categorical null") << "color" << QJsonValue() << "";
    // float: clipped to [min, max], scaled to 0..1.
    QTest::newRow("float 0") << "amount" << QJsonValue(0) << "0.5";
    QTest::newRow("float 20") << "amount" << QJsonValue(20) << "1";
    QTest::newRow("float -20") << "amount" << QJsonValue(-20) << "0";
    QTest::newRow("float '2.5'") << "amount" << QJsonValue(u"2.5"_s) << "0.75";
    QTest::newRow("float text") << "amount" << QJsonValue(u"many"_s) << "";
    QTest::newRow("float default range") << "share" << QJsonValue(0.25) << "0.25";
    QTest::newRow("float true") << "share" << QJsonValue(true) << "1";
    // list: empty or not; a truthy non-list is a one-item list.
    QTest::newRow("list items") << "items" << QJsonValue(QJsonArray{u"a"_s}) << "not empty";
    QTest::newRow("list empty") << "items" << QJsonValue(QJsonArray{}) << "";
    QTest::newRow("list string") << "items" << QJsonValue(u"a"_s) << "not empty";
    QTest::newRow("list empty string") << "items" << QJsonValue(u""_s) << "";
    QTest::newRow("list 0") << "items" << QJsonValue(0) << "";
    // any and influence_conversation: false never count.
    QTest::newRow("any") << "blob" << QJsonValue(QJsonObject{{u"x"_s, 1}}) << "";
    QTest::newRow("not influencing") << "quiet" << QJsonValue(u"hi"_s) << "";
}

void TestStateDomain::slotFeature()
{
    QFETCH(QString, slot);
    QFETCH(QJsonValue, value);
    QFETCH(QString, feature);
    const StateDomain domain(domainFrom(SlotDomain));
    QVERIFY(domain.slotIndex(slot) >= 0);
    QCOMPARE(domain.slotFeature(domain.slotIndex(slot), value), feature);
}

void TestStateDomain::initialValues()
{
    const StateDomain domain(domainFrom(SlotDomain));
    QCOMPARE(domain.initialValue(domain.slotIndex(u"start"_s)), QJsonValue(u"here"_s));
    QCOMPARE(domain.initialValue(domain.slotIndex(u"name"_s)), QJsonValue());
}

void TestStateDomain::unknownSlot()
{
    const StateDomain domain(domainFrom(SlotDomain));
    QCOMPARE(domain.slotIndex(u"nope"_s), -1);
}

void TestStateDomain::featurizedEntities_data()
{
    QTest::addColumn<int>("major");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QList<Entity>>("entities");
    QTest::addColumn<QStringList>("labels");
    const Entity fromCity = Entity::onSpan(u"city"_s, u"Rome"_s, 0, 4, u"from"_s);
    const Entity city = Entity::onSpan(u"city"_s, u"Rome"_s, 0, 4);
    const Entity oddRole = Entity::onSpan(u"city"_s, u"Rome"_s, 0, 4, u"nowhere"_s);
    const Entity size = Entity::onSpan(u"size"_s, u"big"_s, 0, 3, {}, u"first"_s);
    const Entity ghost = Entity::onSpan(u"ghost"_s, u"boo"_s, 0, 3);
    const Entity hidden = Entity::onSpan(u"hidden"_s, u"x"_s, 0, 1);
    QTest::newRow("roles count") << 3 << "all" << QList<Entity>{fromCity}
                                 << QStringList{u"city"_s, u"city#from"_s};
    QTest::newRow("groups count") << 3 << "all" << QList<Entity>{size}
                                  << QStringList{u"size"_s, u"size#first"_s};
    QTest::newRow("undeclared role")
        << 3 << "all" << QList<Entity>{oddRole} << QStringList{u"city"_s};
    QTest::newRow("undeclared entity") << 3 << "all" << QList<Entity>{ghost} << QStringList{};
    QTest::newRow("sorted, once") << 3 << "all" << QList<Entity>{size, city, city}
                                  << QStringList{u"city"_s, u"size"_s, u"size#first"_s};
    QTest::newRow("use_entities list") << 3 << "only_city" << QList<Entity>{fromCity, size}
                                       << QStringList{u"city"_s, u"city#from"_s};
    QTest::newRow("use_entities none") << 3 << "none" << QList<Entity>{city} << QStringList{};
    QTest::newRow("ignore_entities")
        << 3 << "no_size" << QList<Entity>{city, size} << QStringList{u"city"_s};
    QTest::newRow("unknown intent keeps all")
        << 3 << "unknown" << QList<Entity>{ghost, oddRole}
        << QStringList{u"city"_s, u"city#nowhere"_s, u"ghost"_s};
    QTest::newRow("default intent")
        << 3 << "out_of_scope" << QList<Entity>{ghost, city} << QStringList{u"city"_s};
    QTest::newRow("3.x entity not influencing")
        << 3 << "all" << QList<Entity>{hidden} << QStringList{};
    QTest::newRow("2.x knows no such flag")
        << 2 << "all" << QList<Entity>{hidden} << QStringList{u"hidden"_s};
}

void TestStateDomain::featurizedEntities()
{
    QFETCH(int, major);
    QFETCH(QString, intent);
    QFETCH(QList<Entity>, entities);
    QFETCH(QStringList, labels);
    const StateDomain domain(domainFrom(R"(intents:
  - all
  - only_city: {use_entities: [city]}
  - none: {use_entities: false}
  - no_size: {ignore_entities: [size]}
entities:
  - city: {roles: [from, to]}
  - size: {groups: [first]}
  - hidden: {influence_conversation: false}
)"),
                             major);
    QCOMPARE(domain.featurizedEntities(intent, entities), labels);
}

void TestStateDomain::slotsFromEntitiesRasa2()
{
    const StateDomain domain(domainFrom(R"(version: "2.0"
slots:
  city: {type: text}
  cities: {type: list}
  manual: {type: text, auto_fill: false}
)"));
    QCOMPARE(domain.rasaMajorVersion(), 2);
    const QList<Entity> entities{Entity::onSpan(u"city"_s, u"Rome"_s, 0, 4),
                                 Entity::onSpan(u"city"_s, u"Oslo"_s, 5, 9),
                                 Entity::onSpan(u"manual"_s, u"x"_s, 10, 11)};
    const QList<StateDomain::SlotFill> fills = domain.slotsForEntities(entities);
    QCOMPARE(fills.size(), 1); // "cities" is not an entity; "manual" does not auto-fill
    QCOMPARE(domain.slotName(fills.at(0).slot), u"city"_s);
    QCOMPARE(fills.at(0).value, QJsonValue(u"Oslo"_s)); // the last one
}

void TestStateDomain::slotsFromEntitiesRasa3()
{
    const StateDomain domain(domainFrom(R"(version: "3.1"
slots:
  origin:
    type: text
    mappings: [{type: from_entity, entity: city, role: from}]
  cities:
    type: list
    mappings: [{type: from_entity, entity: city}]
  in_form:
    type: text
    mappings: [{type: from_entity, entity: city, conditions: [{active_loop: form}]}]
  text:
    type: text
    mappings: [{type: from_text}]
)"));
    QCOMPARE(domain.rasaMajorVersion(), 3);
    const QList<Entity> entities{Entity::onSpan(u"city"_s, u"Rome"_s, 0, 4, u"from"_s),
                                 Entity::onSpan(u"city"_s, u"Oslo"_s, 5, 9)};
    QStringList filled;
    for (const StateDomain::SlotFill &fill : domain.slotsForEntities(entities))
        filled.append(u"%1=%2"_s.arg(domain.slotName(fill.slot), Json::pythonDumps(fill.value)));
    filled.sort();
    // The role must match (None == None); the list slot gets the entity
    // without role only; a slot mapped only inside a form is not filled.
    QCOMPARE(filled, (QStringList{u"cities=[\"Oslo\"]"_s, u"origin=\"Rome\""_s}));
}

void TestStateDomain::noSlotsFromEntitiesWhenDisabled()
{
    const StateDomain domain(domainFrom(R"(version: "2.0"
config: {store_entities_as_slots: false}
slots:
  city: {type: text}
)"));
    QVERIFY(domain.slotsForEntities({Entity::onSpan(u"city"_s, u"Rome"_s, 0, 4)}).isEmpty());
}

void TestStateDomain::requestedSlotForForms()
{
    const StateDomain domain(domainFrom(R"(version: "3.1"
forms:
  booking: {required_slots: []}
)"));
    const int slot = domain.slotIndex(u"requested_slot"_s);
    QVERIFY(slot >= 0);
    QCOMPARE(domain.slotFeature(slot, QJsonValue(u"people"_s)), QString()); // never counts
}

QTEST_GUILESS_MAIN(TestStateDomain)
#include "tst_statedomain.moc"
