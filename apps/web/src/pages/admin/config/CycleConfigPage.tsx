import { PageContainer } from '@ant-design/pro-components';
import { Alert, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { messageOf } from '../../../errors/api-error';
import type { CycleSettings, CycleStatus, EffectiveConfiguration, EffectiveObligation, OverrideRecord, PackSummary } from './config-views';
import { CyclesCard } from './CyclesCard';
import { EffectiveCard } from './EffectiveCard';
import { OverrideDrawer } from './OverrideDrawer';
import { OverridesCard } from './OverridesCard';
import { SettingsCard } from './SettingsCard';
import { useOrganizationChoice } from './useOrganizationChoice';

interface Loaded {
  organizationId: string;
  settings: CycleSettings;
  effective: EffectiveConfiguration;
  overrides: OverrideRecord[];
  cycles: CycleStatus;
}

async function load(organizationId: string): Promise<Loaded> {
  const path = { params: { path: { organizationId } } };
  const [settings, effective, overrides, cycles] = await Promise.all([
    unwrap<CycleSettings>(api.GET('/organizations/{organizationId}/cycle-settings', path)),
    unwrap<EffectiveConfiguration>(api.GET('/organizations/{organizationId}/effective-configuration', path)),
    unwrap<OverrideRecord[]>(api.GET('/organizations/{organizationId}/overrides', path)),
    unwrap<CycleStatus>(api.GET('/organizations/{organizationId}/cycles', path)),
  ]);
  return { organizationId, settings, effective, overrides, cycles };
}

/** 制度与周期: an organization's pack and settings, its overrides, the configuration in force and its cycles. */
export default function CycleConfigPage() {
  const { me } = useAuth();
  const { organizationId, picker, alert } = useOrganizationChoice();
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [overriding, setOverriding] = useState<EffectiveObligation | null>(null);
  // The API decides (configuration.manage); the console only hides the controls of people who only read.
  const canManage = !!me && (me.systemAdmin || me.roles.administrator);

  useEffect(() => {
    unwrap<PackSummary[]>(api.GET('/packs')).then(setPacks, (error) => setProblem(messageOf(error)));
  }, []);

  const reload = useCallback(() => {
    if (!organizationId) return;
    setProblem(null);
    load(organizationId).then(setLoaded, (error) => setProblem(messageOf(error)));
  }, [organizationId]);
  useEffect(reload, [reload]);

  const current = loaded && loaded.organizationId === organizationId ? loaded : null;
  return (
    <PageContainer title="制度与周期" subTitle="策略包、覆盖、生效配置与周期开关" extra={picker}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {alert}
        {problem && <Alert type="error" showIcon message={problem} />}
        {!current && !problem && organizationId && <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}
        {current && (
          <>
            <SettingsCard organizationId={current.organizationId} settings={current.settings} packs={packs} canManage={canManage} onSaved={reload} />
            <CyclesCard organizationId={current.organizationId} status={current.cycles} hasPack={!!current.settings.effective} canManage={canManage} onChanged={reload} />
            <EffectiveCard config={current.effective} canManage={canManage} onOverride={setOverriding} />
            <OverridesCard records={current.overrides} config={current.effective} />
            <OverrideDrawer organizationId={current.organizationId} obligation={overriding} records={current.overrides} onClose={() => setOverriding(null)} onSaved={reload} />
          </>
        )}
      </Space>
    </PageContainer>
  );
}
