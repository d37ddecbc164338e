#include "rasa/parserequest.h"
#include "rasa/rasaclient.h"
#include "testsupport/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

//! Completes a parse request with `body`; the failure (kind None on success).
ApiError complete(const QByteArray &body, ParseData *parsed = nullptr, int status = 200)
{
    auto *request = new ParseRequest(u"hello there"_s);
    ApiError error;
    QObject context;
    QObject::connect(request, &RasaRequest::failed, &context,
                     [&](const ApiError &e) { error = e; });
    QObject::connect(request, &RasaRequest::succeeded, &context, [&] {
        if (parsed)
            *parsed = request->parseData();
    });
    request->forceResult(status, body);
    return error;
}

} // namespace

class TestParseRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheText();
    void readsRealAnswers_data();
    void readsRealAnswers();
    void rejectsWrongShapes_data();
    void rejectsWrongShapes();
    void reportsRasasError();
};

void TestParseRequest::sendsTheText()
{
    ParseRequest request(u"I am \"great\""_s);
    QCOMPARE(request.method(), RasaRequest::Method::Post);
    QCOMPARE(request.path(), u"/model/parse"_s);
    QCOMPARE(request.conversationId(), QString());
    QCOMPARE(QJsonDocument::fromJson(request.body()).object(),
             (QJsonObject{{u"text"_s, u"I am \"great\""_s}}));
}

void TestParseRequest::readsRealAnswers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("intent");
    for (const QString &line : {u"2.8"_s, u"3.6"_s}) {
        QTest::addRow("%s text", qPrintable(line)) << line << u"hello there"_s << u"greet"_s;
        QTest::addRow("%s intent syntax", qPrintable(line)) << line << u"/greet"_s << u"greet"_s;
        QTest::addRow("%s mood", qPrintable(line)) << line << u"I am great"_s << u"mood_great"_s;
    }
}

void TestParseRequest::readsRealAnswers()
{
    QFETCH(QString, line);
    QFETCH(QString, text);
    QFETCH(QString, intent);
    const QJsonObject answers =
        TestSupport::readJson(TestSupport::dataPath(u"replay/parse-%1.json"_s.arg(line)))
            .toObject();
    const QJsonObject answer = answers.value(text).toObject();
    QVERIFY(!answer.isEmpty());
    ParseData parsed;
    const ApiError error = complete(QJsonDocument(answer).toJson(), &parsed);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QCOMPARE(parsed.text(), text);
    QCOMPARE(parsed.intentName(), intent);
    QVERIFY(parsed.intentConfidence().has_value());
    QCOMPARE(parsed.entities().size(), 0);
    QVERIFY(!parsed.intentRanking().isEmpty());
    QCOMPARE(parsed.toJson(), answer); // kept whole (text_tokens, ranking ids...)
}

void TestParseRequest::rejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("a list") << QByteArray("[]") << int(ApiError::Kind::UnexpectedShape);
    QTest::newRow("intent is text") << QByteArray(R"({"text": "x", "intent": "greet"})")
                                    << int(ApiError::Kind::UnexpectedShape);
    QTest::newRow("entities not a list")
        << QByteArray(R"({"text": "x", "intent": {"name": "greet"}, "entities": {}})")
        << int(ApiError::Kind::UnexpectedShape);
    QTest::newRow("not JSON") << QByteArray("<html>") << int(ApiError::Kind::MalformedBody);
    QTest::newRow("nothing") << QByteArray() << int(ApiError::Kind::MalformedBody);
}

void TestParseRequest::rejectsWrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QCOMPARE(int(complete(body).kind), kind);
    // A model without NLU answers intent null: that is parse data.
    ParseData parsed;
    QVERIFY(!complete(R"({"text": "x", "intent": null, "entities": []})", &parsed).isError());
    QCOMPARE(parsed.intentName(), QString());
}

void TestParseRequest::reportsRasasError()
{
    const ApiError error = complete(
        R"({"version":"3.6.21","status":"failure","message":"No text message defined in request_body.","reason":"BadRequest","details":{},"help":null,"code":400})",
        nullptr, 400);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.endpoint, u"POST /model/parse"_s);
    QCOMPARE(error.message, u"No text message defined in request_body."_s);
}

QTEST_GUILESS_MAIN(TestParseRequest)
#include "tst_parserequest.moc"
