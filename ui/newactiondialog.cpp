#include "newactiondialog.h"

#include "settings.h"

#include "export/domainexporter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
const auto GeometryKey = u"NewAction"_s;
}

NewActionDialog::NewActionDialog(Kind kind, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existing(existingNames)
    , m_name(new QLineEdit(this))
    , m_textLabel(new QLabel(tr("Bot &response:"), this))
    , m_text(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(kind == Kind::Response ? tr("New Response") : tr("New Action"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[^\\s]*"_s), m_name));
    m_name->setAccessibleName(tr("Action name"));
    m_text->setAccessibleName(tr("Response text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("What the bot says. Enter finishes, Shift+Enter starts a new line."));
    m_text->installEventFilter(this);
    m_textLabel->setBuddy(m_text);
    m_warning->setWordWrap(true);
    auto *form = new QFormLayout(this);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(m_textLabel, m_text);
    form->addRow(m_warning);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewActionDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewActionDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NewActionDialog::validate);
    if (kind == Kind::Response) {
        m_name->setText(u"utter_"_s);
        m_name->setCursorPosition(static_cast<int>(m_name->text().size()));
    }
    validate();
    if (Settings *settings = Settings::instance())
        restoreGeometry(settings->dialogGeometry(GeometryKey));
}

NewActionDialog::~NewActionDialog()
{
    if (Settings *settings = Settings::instance())
        settings->setDialogGeometry(GeometryKey, saveGeometry());
}

void NewActionDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString NewActionDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewActionDialog::responseText() const
{
    return isResponse() ? m_text->toPlainText().trimmed() : QString();
}

bool NewActionDialog::isResponse() const
{
    return name().startsWith(u"utter_"_s);
}

QString NewActionDialog::warningText() const
{
    return m_warning->text();
}

void NewActionDialog::validate()
{
    const bool response = isResponse();
    m_textLabel->setVisible(response);
    m_text->setVisible(response);
    QString warning;
    bool ok = true;
    if (name().isEmpty() || name() == u"utter_"_s) {
        warning = tr("Please enter an action name.");
        ok = false;
    } else if (response && responseText().isEmpty()) {
        warning = tr("Please enter a response.");
        ok = false;
    } else if (m_existing.contains(name())) {
        warning = response ? tr("“%1” already exists. A response created earlier in this session "
                                "takes the new text.")
                                 .arg(name())
                + u' ' + responseClashRule()
                           : tr("“%1” already exists: choose it from the list instead, or "
                                "pick another name.")
                                 .arg(name());
        ok = response;
    }
    m_warning->setText(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void NewActionDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QDialog::accept();
}

bool NewActionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Coach
