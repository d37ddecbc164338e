#pragma once

#include "connectiontester.h"
#include "session/sessiontypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Coach {

//! Where to connect: server URL, auth token or JWT, conversation id and the
//! bot project folder (export paths, story graph). "Test connection" gives
//! a verdict without leaving the dialog. Last values come from Settings,
//! except the secret, which only CredentialStore keeps (in memory).
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
    QPushButton *startServerButton() const { return m_startServer; }

    void accept() override;

Q_SIGNALS:
    void testFinished(Coach::ConnectionTester::Verdict verdict);
    //! "Start a server for this project" was chosen; the dialog closed.
    void startServerRequested(const QString &projectFolder);

private:
    void loadSettings();
    void saveSettings() const;
    void updateAuthWidgets();
    void onTestFinished(ConnectionTester::Verdict verdict, const QString &text);
    AuthMode authMode() const;

    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_conversation = nullptr;
    QLineEdit *m_project = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_startServer = nullptr;
    QLabel *m_verdict = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ConnectionTester *m_tester = nullptr;
};

} // namespace Coach
