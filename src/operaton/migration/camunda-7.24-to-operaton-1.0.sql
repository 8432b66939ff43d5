-- Moves a cp-referrals database from Camunda 7.24 to Operaton 1.0 (docs/operaton.md, "Moving a database").
-- Run once, with every node stopped, after the backup and before the first Operaton start; PostgreSQL and H2.
--
-- Operaton 1.0.3 creates exactly the tables of Camunda 7.24 (its create scripts are Camunda's, and its schema log
-- ends at 7.24.0), so no table changes. One name differs: the administrators' group is operaton-admin instead of
-- camunda-admin. The starter and every administrator check of the application use it, so the group, its members,
-- its grants and its tenant memberships are renamed. A database already on Operaton is left as it is.

insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_)
  select 'operaton-admin', 1, NAME_, TYPE_ from ACT_ID_GROUP
  where ID_ = 'camunda-admin' and not exists (select 1 from ACT_ID_GROUP where ID_ = 'operaton-admin');

update ACT_ID_MEMBERSHIP set GROUP_ID_ = 'operaton-admin' where GROUP_ID_ = 'camunda-admin';

update ACT_ID_TENANT_MEMBER set GROUP_ID_ = 'operaton-admin' where GROUP_ID_ = 'camunda-admin';

update ACT_RU_AUTHORIZATION set GROUP_ID_ = 'operaton-admin', REV_ = REV_ + 1 where GROUP_ID_ = 'camunda-admin';

update ACT_RU_AUTHORIZATION set RESOURCE_ID_ = 'operaton-admin', REV_ = REV_ + 1
  where RESOURCE_TYPE_ = 2 and RESOURCE_ID_ = 'camunda-admin';

delete from ACT_ID_GROUP where ID_ = 'camunda-admin';
