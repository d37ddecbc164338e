#include "session/nlucorrection.h"

#include <QJsonArray>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestNluCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankingAddsEveryIntentSorted()
    {
        const QList<IntentScore> ranking{{u"greet"_s, 0.6, {{u"name"_s, u"greet"_s}, {u"id"_s, 7}}},
                                         {u"affirm"_s, 0.3, {}},
                                         {u"bye"_s, 0.3, {}}};
        const QList<IntentScore> full =
            NluCorrection::fullRanking(ranking, {u"deny"_s, u"greet"_s, u"ask"_s});
        QStringList names;
        for (const IntentScore &score : full)
            names.append(score.name);
        QCOMPARE(names, (QStringList{u"greet"_s, u"affirm"_s, u"bye"_s, u"ask"_s, u"deny"_s}));
        QCOMPARE(full.at(3).confidence, 0.0);
    }

    void chosenIntentKeepsRankingKeys()
    {
        const QList<IntentScore> ranking{
            {u"greet"_s, 0.6, {{u"name"_s, u"greet"_s}, {u"confidence"_s, 0.6}, {u"id"_s, 7}}}};
        QCOMPARE(NluCorrection::chosenIntent(u"greet"_s, ranking),
                 (QJsonObject{{u"name"_s, u"greet"_s}, {u"confidence"_s, 1.0}, {u"id"_s, 7}}));
        QCOMPARE(NluCorrection::chosenIntent(u"brand_new"_s, ranking),
                 (QJsonObject{{u"name"_s, u"brand_new"_s}, {u"confidence"_s, 1.0}}));
    }

    void names()
    {
        QVERIFY(NluCorrection::isValidName(u"ask_weather"_s));
        QVERIFY(NluCorrection::isValidName(u"faq/ask"_s) == false);
        QVERIFY(!NluCorrection::isValidName(u""_s));
        QVERIFY(!NluCorrection::isValidName(u"two words"_s));
        QVERIFY(!NluCorrection::isValidName(u"x{"_s));
    }

    void retrievalIntentNames()
    {
        // Rasa's Message.separate_intent_response_key: one "/" at most.
        QVERIFY(NluCorrection::isValidIntentName(u"ask_weather"_s));
        QVERIFY(NluCorrection::isValidIntentName(u"faq/ask_name"_s));
        QVERIFY(!NluCorrection::isValidIntentName(u"faq/ask/name"_s));
        QVERIFY(!NluCorrection::isValidIntentName(u"faq/"_s));
        QVERIFY(!NluCorrection::isValidIntentName(u"/ask_name"_s));
        QVERIFY(!NluCorrection::isValidIntentName(u"faq/ask name"_s));
    }

    void retrievalIntentKeepsItsResponseKey()
    {
        // The intent as Rasa 3 stores it: base name plus the full name.
        const QList<IntentScore> ranking{
            {u"faq/ask_name"_s,
             0.9,
             {{u"name"_s, u"faq"_s}, {u"confidence"_s, 0.9}, {u"id"_s, 3}}}};
        QCOMPARE(NluCorrection::chosenIntent(u"faq/ask_name"_s, ranking),
                 (QJsonObject{{u"name"_s, u"faq"_s},
                              {u"full_retrieval_intent_name"_s, u"faq/ask_name"_s},
                              {u"confidence"_s, 1.0},
                              {u"id"_s, 3}}));
        QCOMPARE(NluCorrection::chosenIntent(u"faq/ask_weather"_s, ranking),
                 (QJsonObject{{u"name"_s, u"faq"_s},
                              {u"full_retrieval_intent_name"_s, u"faq/ask_weather"_s},
                              {u"confidence"_s, 1.0}}));
        // A plain intent chosen instead drops a full name it had.
        const QList<IntentScore> plain{
            {u"greet"_s,
             0.5,
             {{u"name"_s, u"greet"_s}, {u"full_retrieval_intent_name"_s, u"x/y"_s}}}};
        QVERIFY(!NluCorrection::chosenIntent(u"greet"_s, plain)
                     .contains("full_retrieval_intent_name"_L1));
    }

    void responseSelectorFollowsTheChosenKey_data()
    {
        QTest::addColumn<QString>("selectorKey");
        QTest::addColumn<bool>("rasa2");
        QTest::newRow("3.x, retrieval intent key") << u"faq"_s << false;
        QTest::newRow("2.x, default key") << u"default"_s << true;
    }

    void responseSelectorFollowsTheChosenKey()
    {
        QFETCH(QString, selectorKey);
        QFETCH(bool, rasa2);
        QJsonObject response{
            {u"intent_response_key"_s, u"faq/ask_name"_s},
            {u"utter_action"_s, u"utter_faq/ask_name"_s},
            {u"responses"_s, QJsonArray{QJsonObject{{u"text"_s, u"I am a bot."_s}}}}};
        if (rasa2)
            response.insert("template_name"_L1, u"utter_faq/ask_name"_s);
        const QJsonObject selector{
            {u"all_retrieval_intents"_s, QJsonArray{u"faq"_s}},
            {selectorKey, QJsonObject{{u"response"_s, response}, {u"ranking"_s, QJsonArray()}}}};
        const QJsonObject chosen =
            NluCorrection::responseSelectorFor(u"faq/ask_weather"_s, selector);
        const QJsonObject picked =
            chosen.value(selectorKey).toObject().value("response"_L1).toObject();
        QCOMPARE(picked.value("intent_response_key"_L1).toString(), u"faq/ask_weather"_s);
        QCOMPARE(picked.value("utter_action"_L1).toString(), u"utter_faq/ask_weather"_s);
        QCOMPARE(picked.contains("template_name"_L1), rasa2);
        QCOMPARE(chosen.value("all_retrieval_intents"_L1),
                 selector.value("all_retrieval_intents"_L1));
        QCOMPARE(NluCorrection::responseSelectorFor(u"greet"_s, selector), selector);
        // Read back: the full name, on both lines.
        ParseData parseData;
        parseData.setIntent(QJsonObject{{u"name"_s, u"faq"_s}});
        parseData.setResponseSelector(chosen);
        QCOMPARE(parseData.fullIntentName(), u"faq/ask_weather"_s);
    }

    void checkedEntitiesFillValuesAndRejectBadSpans()
    {
        const QString text = u"Flüge nach Köln"_s;
        Result<QList<Entity>> ok =
            NluCorrection::checkedEntities(text, {Entity::onSpan(u"city"_s, {}, 11, 15)});
        QVERIFY(ok);
        QCOMPARE(ok->first().value().toString(), u"Köln"_s);
        QVERIFY(!NluCorrection::checkedEntities(text, {Entity::onSpan(u"city"_s, {}, 11, 16)}));
        QVERIFY(!NluCorrection::checkedEntities(text, {Entity::onSpan(u"city"_s, {}, 5, 5)}));
        QVERIFY(!NluCorrection::checkedEntities(text, {Entity::onSpan(u""_s, {}, 0, 3)}));
    }

    void mergeKeepsOriginalsAndComparesRoleWithRole()
    {
        Entity original = Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15, u"to"_s);
        QJsonObject json = original.toJson();
        json.insert("extractor"_L1, u"DIETClassifier"_s);
        json.insert("confidence_entity"_L1, 0.97);
        original = Entity(json);
        // Same annotation → the original object with its extractor details.
        QList<Entity> merged = NluCorrection::merge(
            {Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15, u"to"_s)}, {original});
        QCOMPARE(merged.first().extractor(), u"DIETClassifier"_s);
        // Another role: Rasa would compare the role with the group (null) and
        // keep the original; the corrected role must win (§9 #5).
        merged = NluCorrection::merge({Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15, u"from"_s)},
                                      {original});
        QCOMPARE(merged.first().role(), u"from"_s);
        QVERIFY(merged.first().extractor().isEmpty());
        QVERIFY(!NluCorrection::sameAnnotations(merged, {original}));
        QVERIFY(NluCorrection::sameAnnotations(
            {original}, {Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15, u"to"_s)}));
    }
};

QTEST_GUILESS_MAIN(TestNluCorrection)
#include "tst_nlucorrection.moc"
