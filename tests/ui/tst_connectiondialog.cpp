#include "connectiondialog.h"
#include "credentialstore.h"
#include "settings.h"

#include <QFile>
#include <QLineEdit>
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
    dialog.setConversationId(u"chat-1"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().jwt, u"jwt-secret-value"_s);
    QCOMPARE(dialog.settings().conversationId, u"chat-1"_s);
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

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
