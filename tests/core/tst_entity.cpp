#include "model/entity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestEntity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsExtractorOutput();
    void editsKeepUnknownKeys();
    void copiesAreIndependent();
    void comparesAnnotationsOnly();
    void listsSkipNonObjects();
};

void TestEntity::readsExtractorOutput()
{
    const QJsonObject json{{u"entity"_s, u"city"_s},
                           {u"value"_s, u"Berlin"_s},
                           {u"start"_s, 10},
                           {u"end"_s, 16},
                           {u"role"_s, u"to"_s},
                           {u"group"_s, u"1"_s},
                           {u"extractor"_s, u"DIETClassifier"_s},
                           {u"confidence_entity"_s, 0.98}};
    const Entity entity(json);
    QCOMPARE(entity.type(), u"city"_s);
    QCOMPARE(entity.value(), QJsonValue(u"Berlin"_s));
    QCOMPARE(entity.start(), std::optional<int>(10));
    QCOMPARE(entity.end(), std::optional<int>(16));
    QVERIFY(entity.hasSpan());
    QCOMPARE(entity.role(), u"to"_s);
    QCOMPARE(entity.group(), u"1"_s);
    QCOMPARE(entity.extractor(), u"DIETClassifier"_s);
    QCOMPARE(entity.confidence(), std::optional<double>(0.98));
    QCOMPARE(entity.toJson(), json);

    // A role that is not text is no role.
    const Entity odd(QJsonObject{{u"entity"_s, u"n"_s}, {u"role"_s, 3}});
    QVERIFY(odd.role().isEmpty());
    QVERIFY(!odd.hasSpan());
    QVERIFY(Entity().type().isEmpty());
}

void TestEntity::editsKeepUnknownKeys()
{
    Entity entity(QJsonObject{{u"entity"_s, u"city"_s},
                              {u"value"_s, u"Rome"_s},
                              {u"custom"_s, u"kept"_s},
                              {u"role"_s, u"from"_s}});
    entity.setType(u"town"_s);
    entity.setValue(u"Roma"_s);
    entity.setSpan(3, 7);
    entity.setRole(u"to"_s);
    entity.setGroup(u"2"_s);
    QCOMPARE(entity.type(), u"town"_s);
    QCOMPARE(entity.role(), u"to"_s);
    QCOMPARE(entity.group(), u"2"_s);
    QCOMPARE(entity.toJson().value(u"custom"_s), QJsonValue(u"kept"_s));
    QCOMPARE(entity.toJson().value(u"entity"_s), QJsonValue(u"town"_s));

    // An empty role or group removes the key, as Rasa writes no role.
    entity.setRole({});
    entity.setGroup({});
    QVERIFY(entity.role().isEmpty());
    QVERIFY(entity.group().isEmpty());
    QVERIFY(!entity.toJson().contains(u"role"_s));
    QVERIFY(!entity.toJson().contains(u"group"_s));
}

void TestEntity::copiesAreIndependent()
{
    const Entity original = Entity::onSpan(u"city"_s, u"Paris"_s, 0, 5, u"to"_s);
    Entity copy = original;
    QVERIFY(copy == original);
    copy.setRole(u"from"_s);
    copy.setType(u"town"_s);
    QCOMPARE(original.role(), u"to"_s);
    QCOMPARE(original.type(), u"city"_s);
    QCOMPARE(original.toJson().value(u"role"_s), QJsonValue(u"to"_s));
    QVERIFY(!(copy == original));
}

void TestEntity::comparesAnnotationsOnly()
{
    Entity extracted(QJsonObject{{u"entity"_s, u"city"_s},
                                 {u"value"_s, u"Paris"_s},
                                 {u"start"_s, 0},
                                 {u"end"_s, 5},
                                 {u"extractor"_s, u"DIETClassifier"_s},
                                 {u"confidence_entity"_s, 0.9}});
    const Entity marked = Entity::onSpan(u"city"_s, u"Paris"_s, 0, 5);
    QVERIFY(extracted.sameAnnotation(marked));
    QVERIFY(!(extracted == marked));
    extracted.setRole(u"to"_s);
    QVERIFY(!extracted.sameAnnotation(marked));
}

void TestEntity::listsSkipNonObjects()
{
    const QJsonArray array{QJsonObject{{u"entity"_s, u"a"_s}}, 4, u"text"_s,
                           QJsonObject{{u"entity"_s, u"b"_s}}};
    const QList<Entity> entities = entitiesFromJson(array);
    QCOMPARE(entities.size(), 2);
    QCOMPARE(entities.at(1).type(), u"b"_s);
    QCOMPARE(entitiesToJson(entities).size(), 2);
    QVERIFY(entitiesFromJson(QJsonValue(u"not a list"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestEntity)
#include "tst_entity.moc"
