#include "connectiondialog.h"
#include "credentialstore.h"
#include "settings.h"

#include "fakerasa/fakerasaserver.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesUnusableInput();
    void acceptKeepsTheSecretOutOfTheSettingsFile();
    void nextDialogStartsFromTheLastValues();
    void newConnectionStartsAFreshConversation();
    void continuingShowsWhatTheServerHolds();

private:
    std::unique_ptr<Settings> m_settings;
};

void TestConnectionDialog::init()
{
    m_settings = Settings::createTemporary();
    Settings::setInstance(m_settings.get());
    CredentialStore::instance().clear();
}

void TestConnectionDialog::cleanup()
{
    Settings::setInstance(nullptr);
    m_settings.reset();
}

void TestConnectionDialog::refusesUnusableInput()
{
    ConnectionDialog dialog;
    dialog.setServerUrl(u"http://"_s);
    QVERIFY(!dialog.validate().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.verdictText().isEmpty()); // says what is wrong

    dialog.setServerUrl(u"localhost:5005"_s); // what people type
    dialog.setAuth(ConnectionDialog::AuthMode::Token, {});
    QVERIFY(dialog.validate().contains(u"token"_s));
    dialog.setAuth(ConnectionDialog::AuthMode::Token, u"  s3cret  "_s);
    QCOMPARE(dialog.validate(), QString());
    const ConnectionSettings settings = dialog.settings();
    QCOMPARE(settings.serverUrl.host(), u"localhost"_s);
    QCOMPARE(settings.serverUrl.port(), 5005);
    QCOMPARE(settings.authToken, u"s3cret"_s);
    QVERIFY(settings.jwt.isEmpty());
}

void TestConnectionDialog::acceptKeepsTheSecretOutOfTheSettingsFile()
{
    ConnectionDialog dialog;
    dialog.setServerUrl(u"http://127.0.0.1:5005"_s);
    dialog.setAuth(ConnectionDialog::AuthMode::Jwt, u"jwt-secret-value"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().jwt, u"jwt-secret-value"_s);
    QCOMPARE(CredentialStore::instance().secret(dialog.settings().serverUrl.toString()),
             u"jwt-secret-value"_s);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("127.0.0.1")); // the URL is remembered...
    QVERIFY(!stored.contains("jwt-secret-value")); // ...the secret is not
}

void TestConnectionDialog::nextDialogStartsFromTheLastValues()
{
    {
        ConnectionDialog first;
        first.setServerUrl(u"http://rasa.internal:5006"_s);
        first.setAuth(ConnectionDialog::AuthMode::Token, u"tok"_s);
        first.accept();
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }
    ConnectionDialog next;
    QCOMPARE(next.settings().serverUrl.host(), u"rasa.internal"_s);
    // The secret of this run comes back from memory, not from a file.
    QCOMPARE(next.secretEdit()->text(), u"tok"_s);
    CredentialStore::instance().clear();
    ConnectionDialog afterRestart;
    QVERIFY(afterRestart.secretEdit()->text().isEmpty());
}

void TestConnectionDialog::newConnectionStartsAFreshConversation()
{
    // An id from an earlier session is never filled in: the next session on
    // the same server would silently continue (and re-export) it.
    m_settings->setValue(Settings::Key::LastConversationId, u"old-chat"_s);
    ConnectionDialog dialog;
    QVERIFY(!dialog.continueBox()->isChecked());
    QVERIFY(dialog.conversationEdit()->text().isEmpty());
    QVERIFY(!dialog.conversationEdit()->isEnabled());
    dialog.setServerUrl(u"http://127.0.0.1:5005"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.settings().conversationId.isEmpty()); // the engine makes a fresh id
    // Continuing needs an id.
    ConnectionDialog again;
    again.setServerUrl(u"http://127.0.0.1:5005"_s);
    again.continueBox()->setChecked(true);
    QVERIFY(again.validate().contains(u"id of the conversation"_s));
}

void TestConnectionDialog::continuingShowsWhatTheServerHolds()
{
    FakeRasa::FakeRasaServer server;
    QVERIFY(server.loadBot(QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s));
    QVERIFY(server.listen() != 0);
    {
        // Someone talked in "team-chat" before.
        SessionDocument document;
        InteractiveSession session(&document);
        ConnectionSettings settings;
        settings.serverUrl = server.url();
        settings.conversationId = u"team-chat"_s;
        QVERIFY(session.connectToServer(settings));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), InteractiveSession::State::AwaitingUserMessage,
                                  15000);
        QVERIFY(session.sendUserMessage(u"/greet"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), InteractiveSession::State::ConfirmingAction,
                                  15000);
    }
    ConnectionDialog dialog;
    dialog.setServerUrl(server.url().toString());
    dialog.continueBox()->setChecked(true);
    QVERIFY(dialog.conversationEdit()->isEnabled());
    QTest::keyClicks(dialog.conversationEdit(), u"team-chat"_s);
    // Connect first shows what the server holds; the dialog stays open.
    QSignalSpy looked(&dialog, &ConnectionDialog::lookupFinished);
    dialog.accept();
    QVERIFY(dialog.isVisible() || dialog.result() != int(QDialog::Accepted));
    QVERIFY(looked.wait(15000));
    QCOMPARE(looked.first().first().toBool(), true);
    QVERIFY2(dialog.lookupText().contains(u"1 user message"_s)
                 && dialog.lookupText().contains(u"/greet"_s),
             qPrintable(dialog.lookupText()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().conversationId, u"team-chat"_s);
    // Another id is looked up again.
    dialog.conversationEdit()->setText(u"new-chat"_s);
    QVERIFY(dialog.lookupText().isEmpty());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
