#include "inboxcorrectiondialog.h"

#include "actionpanel.h"
#include "annotationpanel.h"

#include "model/domain.h"
#include "session/sessiondocument.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

InboxCorrectionDialog::InboxCorrectionDialog(const QString &senderId, const EventList &events,
                                             SessionDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(u"InboxCorrectionDialog"_s);
    setWindowTitle(tr("Correct %1").arg(senderId));
    const Domain domain = Domain::fromJson(document->domain()).valueOr(Domain());
    m_correction = std::make_unique<OfflineCorrection>(senderId, events, domain);
    m_annotation = new AnnotationPanel(this);
    m_annotation->setEntityDefinitions(domain.entities());
    m_action = new ActionPanel(this);
    m_action->setKnownNames(domain.allActionNames());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_annotation);
    m_pages->addWidget(m_action);
    m_progress = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *rest =
        buttons->addButton(tr("Keep the rest as it is"), QDialogButtonBox::ActionRole);
    connect(rest, &QPushButton::clicked, this, &InboxCorrectionDialog::keepRest);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_annotation, &AnnotationPanel::confirmed, this,
            [this] { answered(m_correction->confirm()); });
    connect(m_annotation, &AnnotationPanel::corrected, this,
            [this](const QString &intent, const QList<Entity> &entities) {
                answered(m_correction->correctNlu(intent, entities));
            });
    connect(m_action, &ActionPanel::confirmed, this, [this] { answered(m_correction->confirm()); });
    connect(m_action, &ActionPanel::chosen, this,
            [this](const QString &name) { answered(m_correction->chooseAction(name)); });
    connect(m_action, &ActionPanel::actionCreated, this,
            [this](const QString &name) { answered(m_correction->chooseAction(name)); });
    resize(760, 560);
    showQuestion();
}

InboxCorrectionDialog::~InboxCorrectionDialog() = default;

void InboxCorrectionDialog::answered(const Status &status)
{
    m_error->setText(status ? QString() : status.error().toString());
    if (status)
        showQuestion();
}

void InboxCorrectionDialog::showQuestion()
{
    m_progress->setText(
        tr("Turn %1 of %2").arg(m_correction->answered() + 1).arg(m_correction->questionCount()));
    switch (m_correction->step()) {
    case OfflineCorrection::Step::Nlu:
        m_pages->setCurrentWidget(m_annotation);
        m_annotation->ask(m_correction->nluQuestion());
        m_annotation->focusDefault();
        break;
    case OfflineCorrection::Step::Action:
        m_pages->setCurrentWidget(m_action);
        m_action->ask(m_correction->actionQuestion());
        m_action->focusDefault();
        break;
    case OfflineCorrection::Step::Done:
        finish();
        break;
    }
}

void InboxCorrectionDialog::keepRest()
{
    m_correction->confirmRest();
    finish();
}

void InboxCorrectionDialog::finish()
{
    if (m_added >= 0 || !m_document)
        return;
    const Result<int> added = m_correction->commitTo(*m_document);
    if (!added) {
        m_error->setText(added.error().toString());
        return;
    }
    m_added = *added;
    accept();
}

QString InboxCorrectionDialog::statusText() const
{
    return m_progress->text() + u' ' + m_error->text();
}

} // namespace Coach
