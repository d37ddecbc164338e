#include "fakerasa/bot.h"
#include "fakerasa/fakerasaserver.h"
#include "fakerasa/formrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

QString example(const char *name)
{
    return QStringLiteral(COACH_SOURCE_DIR "/resources/examples/") + QLatin1StringView(name);
}

QString fakeBot(const char *name)
{
    return QStringLiteral(COACH_TEST_DATA_DIR "/fakebots/") + QLatin1StringView(name);
}

//! A bot whose NLU file is invalid YAML (line 6), in a temporary folder.
QString writeBrokenBot(const QTemporaryDir &dir)
{
    QDir(dir.path()).mkpath(u"data"_s);
    QFile domain(dir.filePath(u"domain.yml"_s));
    QFile nlu(dir.filePath(u"data/nlu.yml"_s));
    if (!domain.open(QIODevice::WriteOnly) || !nlu.open(QIODevice::WriteOnly))
        return {};
    domain.write("version: \"3.1\"\nintents:\n  - greet\n");
    nlu.write("version: \"3.1\"\nnlu:\n- intent: greet\n  examples: |\n    - hello\n"
              "  - intent: [broken\n");
    return dir.path();
}

} // namespace

class TestBot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsMoodbot();
    void ignoresMarkdownFiles();
    void mergesADomainFolder();
    void badYamlNamesFileAndLine();
    void missingFolderOrDomain();
    void formSlotsKeepTheirWrittenOrder();
    void serverKeepsTheOldBotOnError();
};

void TestBot::loadsMoodbot()
{
    Result<Bot> bot = Bot::load(example("moodbot"));
    QVERIFY2(bot, qPrintable(bot.error().toString()));
    QCOMPARE(bot->domain.intentNames().size(), 7);
    QCOMPARE(bot->nlu.examples.size(), 67);
    QCOMPARE(bot->stories.size(), 3);
    QCOMPARE(bot->rules.size(), 7);
    QCOMPARE(bot->actionTexts, QStringList{u"hi, how are you?"_s});
    QCOMPARE(bot->fingerprint.size(), 32);
    Result<Bot> again = Bot::load(example("moodbot"));
    QCOMPARE(again->fingerprint, bot->fingerprint);
}

void TestBot::ignoresMarkdownFiles()
{
    Result<Bot> bot = Bot::load(fakeBot("slotbot"));
    QVERIFY2(bot, qPrintable(bot.error().toString()));
    QCOMPARE(bot->nlu.examples.size(), 8);
    const NluExample &synonym = bot->nlu.examples.at(5);
    QCOMPARE(synonym.text, u"Big Apple"_s);
    QCOMPARE(synonym.entities.first().value.toString(), u"New York"_s);
}

void TestBot::mergesADomainFolder()
{
    Result<Bot> bot = Bot::load(fakeBot("splitbot"));
    QVERIFY2(bot, qPrintable(bot.error().toString()));
    QCOMPARE(bot->domain.intentNames(), (QStringList{u"greet"_s, u"bye"_s, u"thanks"_s}));
    QVERIFY(bot->domain.response(u"utter_greet"_s) != nullptr);
    QVERIFY(bot->domain.response(u"utter_bye"_s) != nullptr);
    QCOMPARE(bot->stories.size(), 1);
}

void TestBot::badYamlNamesFileAndLine()
{
    QTemporaryDir dir;
    Result<Bot> bot = Bot::load(writeBrokenBot(dir));
    QVERIFY(!bot);
    const QString error = bot.error().toString();
    QVERIFY2(bot.error().where.contains(u"data/nlu.yml"_s), qPrintable(error));
    QVERIFY2(error.contains(u"line 6"_s), qPrintable(error));
}

void TestBot::missingFolderOrDomain()
{
    Result<Bot> missing = Bot::load(u"/nonexistent/bot"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().where, u"/nonexistent/bot"_s);
    QTemporaryDir empty;
    Result<Bot> noDomain = Bot::load(empty.path());
    QVERIFY(!noDomain);
    QVERIFY(noDomain.error().message.contains(u"domain.yml"_s));
}

void TestBot::formSlotsKeepTheirWrittenOrder()
{
    Result<Bot> bot = Bot::load(example("formbot"));
    QVERIFY2(bot, qPrintable(bot.error().toString()));
    const auto form = FormSpec::fromDomain(bot->domain, u"restaurant_form"_s, bot->domainText);
    QVERIFY(form.has_value());
    QCOMPARE(form->requiredSlots,
             (QStringList{u"cuisine"_s, u"num_people"_s, u"outdoor_seating"_s, u"preferences"_s,
                          u"feedback"_s}));
    QCOMPARE(form->formMappings.value(u"outdoor_seating"_s).size(), 3);
    QVERIFY(!FormSpec::fromDomain(bot->domain, u"no_such_form"_s).has_value());
}

void TestBot::serverKeepsTheOldBotOnError()
{
    FakeRasaServer server;
    QVERIFY(!server.isBotLoaded());
    QVERIFY(server.loadBot(example("moodbot")));
    QTemporaryDir dir;
    const Status status = server.loadBot(writeBrokenBot(dir));
    QVERIFY(!status);
    QVERIFY(server.isBotLoaded());
    QVERIFY(server.domain().hasIntent(u"mood_great"_s));
}

QTEST_GUILESS_MAIN(TestBot)
#include "tst_bot.moc"
