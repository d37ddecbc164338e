#include "connectiondialog.h"

#include "conversationlookup.h"
#include "credentialstore.h"
#include "filedialog.h"
#include "settings.h"

#include "rasa/rasaclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
const auto GeometryKey = u"Connection"_s;
const QStringList AuthNames{u"none"_s, u"token"_s, u"jwt"_s};
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the desktop keyring"), this))
    , m_continue(new QCheckBox(tr("Conti&nue a conversation stored on the server"), this))
    , m_conversation(new QLineEdit(this))
    , m_lookup(new QPushButton(tr("Show &What the Server Holds"), this))
    , m_lookupResult(new QLabel(this))
    , m_lookupRunner(new ConversationLookup(this))
    , m_project(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Connect to a Rasa Server"));
    m_url->setPlaceholderText(u"http://localhost:5005"_s);
    m_url->setAccessibleName(tr("Server URL"));
    m_auth->addItems({tr("None"), tr("Auth token (--auth-token)"), tr("JWT (--jwt-secret)")});
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Token or JWT"));
    m_remember->setEnabled(CredentialStore::isKeyringAvailable());
    m_remember->setToolTip(CredentialStore::isKeyringAvailable()
                               ? QString()
                               : tr("No desktop keyring answers: the secret is kept in "
                                    "memory until Rasa Coach quits."));
    m_conversation->setPlaceholderText(tr("conversation (sender) id on the server"));
    m_conversation->setAccessibleName(tr("Conversation id"));
    m_lookupResult->setWordWrap(true);
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_project->setPlaceholderText(tr("folder with domain.yml and data/ (optional)"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *projectRow = new QHBoxLayout;
    projectRow->addWidget(m_project, 1);
    projectRow->addWidget(browse);
    m_startServer = new QPushButton(tr("Start a server for this p&roject"), this);
    m_startServer->setToolTip(tr("Train the bot project and start its Rasa server instead of "
                                 "connecting to a running one"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server URL:"), m_url);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("T&oken or JWT:"), m_secret);
    form->addRow(QString(), m_remember);
    auto *conversationRow = new QHBoxLayout;
    conversationRow->addWidget(m_conversation, 1);
    conversationRow->addWidget(m_lookup);
    form->addRow(QString(), m_continue);
    form->addRow(tr("Con&versation id:"), conversationRow);
    form->addRow(QString(), m_lookupResult);
    form->addRow(tr("Bot &project:"), projectRow);
    // A row made of a layout gets a label without buddy: its & would show.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(projectRow)))
        label->setBuddy(m_project);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(conversationRow)))
        label->setBuddy(m_conversation);
    form->addRow(QString(), m_startServer);
    form->addRow(m_test, m_verdict);
    form->addRow(m_buttons);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthWidgets);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialog::existingDirectory(this, tr("Bot Project Folder"), m_project->text());
        if (!folder.isEmpty())
            m_project->setText(folder);
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_continue, &QCheckBox::toggled, this, &ConnectionDialog::updateConversationWidgets);
    connect(m_conversation, &QLineEdit::textChanged, this,
            &ConnectionDialog::updateConversationWidgets);
    connect(m_lookup, &QPushButton::clicked, this, &ConnectionDialog::lookUpConversation);
    connect(m_lookupRunner, &ConversationLookup::finished, this,
            &ConnectionDialog::onLookupFinished);
    connect(m_startServer, &QPushButton::clicked, this, [this] {
        if (projectFolder().isEmpty()) {
            m_verdict->setText(tr("Choose the bot project folder first."));
            return;
        }
        m_tester->cancel();
        Q_EMIT startServerRequested(projectFolder());
        reject();
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    loadSettings();
    updateAuthWidgets();
    updateConversationWidgets();
    if (Settings *settings = Settings::instance())
        restoreGeometry(settings->dialogGeometry(GeometryKey));
}

ConnectionDialog::~ConnectionDialog()
{
    if (Settings *settings = Settings::instance())
        settings->setDialogGeometry(GeometryKey, saveGeometry());
}

void ConnectionDialog::loadSettings()
{
    Settings *settings = Settings::instance();
    if (!settings)
        return;
    m_url->setText(settings->value(Settings::Key::LastServerUrl).toString());
    const int mode = static_cast<int>(
        AuthNames.indexOf(settings->value(Settings::Key::LastAuthMode).toString()));
    m_auth->setCurrentIndex(std::max(mode, 0));
    const QUrl url = RasaClient::serverUrlFromUserInput(m_url->text()).valueOr(QUrl());
    m_secret->setText(CredentialStore::instance().secret(url.toString()));
    m_project->setText(settings->value(Settings::Key::LastProjectFolder).toString());
}

void ConnectionDialog::saveSettings() const
{
    Settings *settings = Settings::instance();
    if (!settings)
        return;
    settings->setValue(Settings::Key::LastServerUrl, m_url->text().trimmed());
    settings->setValue(Settings::Key::LastAuthMode, AuthNames.value(m_auth->currentIndex()));
    settings->setValue(Settings::Key::LastProjectFolder, m_project->text().trimmed());
}

void ConnectionDialog::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

void ConnectionDialog::setAuth(AuthMode mode, const QString &secret)
{
    m_auth->setCurrentIndex(static_cast<int>(mode));
    m_secret->setText(secret);
}

void ConnectionDialog::setConversationId(const QString &id)
{
    m_continue->setChecked(!id.isEmpty());
    m_conversation->setText(id);
}

void ConnectionDialog::updateConversationWidgets()
{
    const bool continuing = m_continue->isChecked();
    m_conversation->setEnabled(continuing);
    m_lookup->setEnabled(continuing && !m_conversation->text().trimmed().isEmpty());
    if (m_lookedUp != m_conversation->text().trimmed() || !continuing) {
        m_lookedUp.clear();
        m_lookupRunner->cancel();
        m_lookupResult->setText(continuing ? QString()
                                           : tr("A new session starts a new conversation; an open "
                                                "session continues its own."));
    }
}

void ConnectionDialog::lookUpConversation()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_lookupResult->setText(problem);
        return;
    }
    const ConnectionSettings s = settings();
    m_lookupResult->setText(tr("Asking the server about “%1”…").arg(s.conversationId));
    m_lookupRunner->start(s.serverUrl, s.authToken, s.jwt, s.conversationId);
}

void ConnectionDialog::onLookupFinished(const QString &id, bool ok, const QString &text)
{
    if (id != m_conversation->text().trimmed() || !m_continue->isChecked())
        return;
    m_lookedUp = ok ? id : QString();
    m_lookupResult->setText(ok ? text : u"✖ "_s + text);
    Q_EMIT lookupFinished(ok);
}

QString ConnectionDialog::lookupText() const
{
    return m_lookupResult->text();
}

void ConnectionDialog::setProjectFolder(const QString &folder)
{
    m_project->setText(folder);
}

ConnectionDialog::AuthMode ConnectionDialog::authMode() const
{
    return static_cast<AuthMode>(std::max(m_auth->currentIndex(), 0));
}

void ConnectionDialog::updateAuthWidgets()
{
    const bool needsSecret = authMode() != AuthMode::None;
    m_secret->setEnabled(needsSecret);
    m_remember->setVisible(needsSecret);
}

QString ConnectionDialog::validate() const
{
    const auto url = RasaClient::serverUrlFromUserInput(m_url->text());
    if (!url)
        return url.error().message;
    if (authMode() != AuthMode::None && m_secret->text().trimmed().isEmpty())
        return tr("Enter the token or JWT, or choose “None” as authentication.");
    if (m_continue->isChecked() && m_conversation->text().trimmed().isEmpty())
        return tr("Enter the id of the conversation to continue.");
    return {};
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.serverUrl = RasaClient::serverUrlFromUserInput(m_url->text()).valueOr(QUrl());
    if (authMode() == AuthMode::Token)
        settings.authToken = m_secret->text().trimmed();
    else if (authMode() == AuthMode::Jwt)
        settings.jwt = m_secret->text().trimmed();
    settings.conversationId =
        m_continue->isChecked() ? m_conversation->text().trimmed() : QString();
    return settings;
}

QString ConnectionDialog::projectFolder() const
{
    return m_project->text().trimmed();
}

void ConnectionDialog::testConnection()
{
    if (m_tester->isRunning()) {
        m_tester->cancel();
        m_test->setText(tr("&Test connection"));
        m_verdict->setText(tr("Test stopped."));
        return;
    }
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_verdict->setText(problem);
        return;
    }
    const ConnectionSettings s = settings();
    m_verdict->setText(tr("Testing %1…").arg(s.serverUrl.toDisplayString()));
    m_test->setText(tr("S&top test"));
    m_tester->start(s.serverUrl, s.authToken, s.jwt);
}

void ConnectionDialog::onTestFinished(ConnectionTester::Verdict verdict, const QString &text)
{
    m_test->setText(tr("&Test connection"));
    m_verdict->setText(verdict == ConnectionTester::Verdict::Ok ? u"✔ "_s + text : u"✖ "_s + text);
    Q_EMIT testFinished(verdict);
}

QString ConnectionDialog::verdictText() const
{
    return m_verdict->text();
}

void ConnectionDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_verdict->setText(problem);
        return;
    }
    if (m_continue->isChecked() && m_lookedUp != m_conversation->text().trimmed()) {
        // Continuing is a choice made knowing what the server holds: show it first.
        if (!m_lookupRunner->isRunning())
            lookUpConversation();
        return;
    }
    m_tester->cancel();
    saveSettings();
    const ConnectionSettings s = settings();
    CredentialStore::instance().setSecret(s.serverUrl.toString(),
                                          s.authToken.isEmpty() ? s.jwt : s.authToken,
                                          m_remember->isChecked());
    QDialog::accept();
}

} // namespace Coach
