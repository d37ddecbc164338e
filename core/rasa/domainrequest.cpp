#include "domainrequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coach {

DomainRequest::DomainRequest(QObject *parent) : RasaRequest(Method::Get, u"/domain"_s, {}, parent)
{
    setAcceptJson(true);
}

Status DomainRequest::parse(const QJsonDocument &document)
{
    const QJsonValue value =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    Result<Domain> domain = Domain::fromJson(value);
    if (!domain)
        return domain.error();
    m_domain = std::move(domain).value();
    return {};
}

} // namespace Coach
