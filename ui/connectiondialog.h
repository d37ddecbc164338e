#pragma once

#include "rasa/connectiontester.h"
#include "session/sessiontypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Coach {

class ConversationLookup;

//! Where to connect: server URL, auth token or JWT, the bot project folder
//! (export paths, story graph) and, as an explicit choice, a conversation
//! stored on the server to continue: what the server holds for it is shown
//! before connecting. Otherwise a new session starts a fresh conversation
//! id (an open session continues its own). "Test connection" gives a
//! verdict without leaving the dialog. Last values come from Settings,
//! except the secret, which only CredentialStore keeps (in memory), and the
//! conversation id, which is never filled in from an earlier session.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    enum class AuthMode { None, Token, Jwt };

    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setServerUrl(const QString &url);
    void setAuth(AuthMode mode, const QString &secret);
    //! Continues the conversation `id` (checks "continue" and fills it in).
    void setConversationId(const QString &id);
    void setProjectFolder(const QString &folder);

    //! Valid only after validate() succeeded (or the dialog was accepted).
    ConnectionSettings settings() const;
    QString projectFolder() const;
    //! Empty when the input is usable, else what is wrong.
    QString validate() const;

    void testConnection();
    QString verdictText() const;
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *continueBox() const { return m_continue; }
    QLineEdit *conversationEdit() const { return m_conversation; }
    //! What the server holds for the conversation id, once looked up.
    QString lookupText() const;
    void lookUpConversation();
    QPushButton *startServerButton() const { return m_startServer; }

    void accept() override;

Q_SIGNALS:
    void testFinished(Coach::ConnectionTester::Verdict verdict);
    void lookupFinished(bool ok);
    //! "Start a server for this project" was chosen; the dialog closed.
    void startServerRequested(const QString &projectFolder);

private:
    void loadSettings();
    void saveSettings() const;
    void updateAuthWidgets();
    void onTestFinished(ConnectionTester::Verdict verdict, const QString &text);
    void onLookupFinished(const QString &id, bool ok, const QString &text);
    void updateConversationWidgets();
    AuthMode authMode() const;

    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_continue = nullptr;
    QLineEdit *m_conversation = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_lookupResult = nullptr;
    ConversationLookup *m_lookupRunner = nullptr;
    QString m_lookedUp; //!< the id whose server content is shown
    QLineEdit *m_project = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_startServer = nullptr;
    QLabel *m_verdict = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ConnectionTester *m_tester = nullptr;
};

} // namespace Coach
