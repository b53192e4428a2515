<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BifurcationChart</name>
    <message>
        <location filename="../../widgets/labs/competition/bifurcation_chart.cpp" line="+23"/>
        <source>Bifurcation in %1</source>
        <translation>%1 的分岔图</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unstable</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hopf</source>
        <translation>Hopf 分岔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zero eigenvalue</source>
        <translation>零特征值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit cycle: min and max x</source>
        <translation>极限环：x 的最小值与最大值</translation>
    </message>
</context>
<context>
    <name>CompetitionScene</name>
    <message>
        <location filename="../../widgets/labs/competition/competition_scene.cpp" line="+14"/>
        <source>stable node</source>
        <translation>稳定结点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unstable node</source>
        <translation>不稳定结点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stable focus</source>
        <translation>稳定焦点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unstable focus</source>
        <translation>不稳定焦点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>degenerate</source>
        <translation>退化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coexistence</source>
        <translation>共存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>species 1 wins</source>
        <translation>物种 1 胜出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>species 2 wins</source>
        <translation>物种 2 胜出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bistable</source>
        <translation>双稳态</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Competition — %1 (σ₁ = %2, σ₂ = %3)</source>
        <translation>竞争模型 — %1（σ₁ = %2，σ₂ = %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x₁ (species 1)</source>
        <translation>x₁（物种 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₂ (species 2)</source>
        <translation>x₂（物种 2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <location filename="../../widgets/labs/competition/phase_scene.cpp" line="+64"/>
        <source>speed |F|</source>
        <translation>速度 |F|</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>separatrix</source>
        <translation>分界线</translation>
    </message>
</context>
<context>
    <name>DiffusionScene</name>
    <message>
        <location filename="../../widgets/labs/diffusion/diffusion_scene.cpp" line="+81"/>
        <source>Forward: t = %1, σ = %2</source>
        <translation>前向过程：t = %1，σ = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward: t = %1, ᾱ = %2</source>
        <translation>前向过程：t = %1，ᾱ = %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Learned vs exact noise prediction at t = %1</source>
        <translation>t = %1 时学到的与精确的噪声预测对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>log p_t (exact)</source>
        <translation>log p_t（精确）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Training the ε-network: step %1 / %2</source>
        <translation>正在训练 ε 网络：第 %1 / %2 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · step %2/%3 · t = %4 · %5 evals%6</source>
        <translation>%1 · 第 %2/%3 步 · t = %4 · 得分函数求值 %5 次%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (learned)</source>
        <translation>（学习所得）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>trajectories</source>
        <translation>轨迹</translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <location filename="../../widgets/export/export_fields.cpp" line="+15"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>FrameSequence</name>
    <message>
        <location filename="../../widgets/lab/frame_sequence_export.cpp" line="+38"/>
        <source>Exporting frames…</source>
        <translation>正在导出帧…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GanScene</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_scene.cpp" line="+45"/>
        <source>Energy U = −D</source>
        <translation>能量 U = −D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy U = −D after %1 generator steps</source>
        <translation>生成器训练 %1 步后的能量 U = −D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MALA</source>
        <translation>MALA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Langevin</source>
        <translation>朗之万</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on U(G(z)) + ½‖z‖², particles shown as G(z)</source>
        <translation>%1：在 U(G(z)) + ½‖z‖² 上，粒子显示为 G(z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the energy U = −D</source>
        <translation>%1：在能量 U = −D 上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: step %2 of %3</source>
        <translation>%1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>particle paths</source>
        <translation>粒子路径</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Langevin particles</source>
        <translation>朗之万粒子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>energy U = −D</source>
        <translation>能量 U = −D</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>G(noise grid)</source>
        <translation>G（噪声网格）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>real samples</source>
        <translation>真实样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generated samples</source>
        <translation>生成样本</translation>
    </message>
</context>
<context>
    <name>GanWeightsIo</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_weights_io.cpp" line="+37"/>
        <location line="+24"/>
        <source>no temporary folder for the weights file</source>
        <translation>没有可用于权重文件的临时文件夹</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>could not read back the weights file</source>
        <translation>无法读回权重文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>networks.%1 is missing</source>
        <translation>缺少 networks.%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not write the weights to a temporary file</source>
        <translation>无法把权重写入临时文件</translation>
    </message>
</context>
<context>
    <name>OutcomeMap</name>
    <message>
        <location filename="../../widgets/labs/competition/outcome_map.cpp" line="+34"/>
        <source>coexist</source>
        <translation>共存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 wins</source>
        <translation>1 胜出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 wins</source>
        <translation>2 胜出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bistable</source>
        <translation>双稳态</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outcome map</source>
        <translation>结局图</translation>
    </message>
</context>
<context>
    <name>ParamSchema</name>
    <message>
        <location filename="schema_strings.cpp" line="+4"/>
        <source>r₁</source>
        <translation>r₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intrinsic growth rate of species 1 when it is rare and alone.</source>
        <translation>物种 1 稀少且单独存在时的内禀增长率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N₁</source>
        <translation>N₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrying capacity of species 1 living alone.</source>
        <translation>物种 1 单独生存时的环境容纳量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a₁</source>
        <translation>a₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly species 2 harms species 1 (per encounter rate).</source>
        <translation>物种 2 对物种 1 的损害强度（按相遇率计）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r₂</source>
        <translation>r₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intrinsic growth rate of species 2 when it is rare and alone.</source>
        <translation>物种 2 稀少且单独存在时的内禀增长率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N₂</source>
        <translation>N₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrying capacity of species 2 living alone (essay: 1/N₂ = 0.003).</source>
        <translation>物种 2 单独生存时的环境容纳量（文中：1/N₂ = 0.003）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a₂</source>
        <translation>a₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly species 1 harms species 2 (per encounter rate).</source>
        <translation>物种 1 对物种 2 的损害强度（按相遇率计）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrator</source>
        <translation>积分器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How trajectories are integrated: Euler (the &apos;RNN&apos; of the ODE essay), classical RK4, or adaptive Dormand–Prince 5(4) with dense output.</source>
        <translation>轨线的积分方法：Euler 法（常微分方程一文中的“RNN”）、经典 RK4，或带稠密输出的自适应 Dormand–Prince 5(4)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euler</source>
        <translation>Euler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RK4</source>
        <translation>RK4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormand–Prince 5(4)</source>
        <translation>Dormand–Prince 5(4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step h</source>
        <translation>步长 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step size of Euler and RK4 (the essay&apos;s RNN uses h = 0.1).</source>
        <translation>Euler 与 RK4 的步长（文中的 RNN 取 h = 0.1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative tolerance of Dormand–Prince (absolute tolerance is 1e-3 of it).</source>
        <translation>Dormand–Prince 的相对容差（绝对容差为其 1e-3 倍）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long each trajectory is integrated.</source>
        <translation>每条轨线的积分时长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows across</source>
        <translation>横向箭头数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of direction-field arrows along the x₁ axis.</source>
        <translation>沿 x₁ 轴的方向场箭头个数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow texture</source>
        <translation>流线纹理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line-integral convolution: a dense picture of the flow, coloured by speed.</source>
        <translation>线积分卷积：流场的稠密图像，按速度着色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk</source>
        <translation>游走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lattice +-1 steps, continuous steps (Gaussian, uniform, heavy-tailed Cauchy), an Ornstein–Uhlenbeck walk pulled towards 0, or a 2D walk</source>
        <translation>格点 ±1 步、连续步长（高斯、均匀、重尾柯西）、被拉向 0 的 Ornstein–Uhlenbeck 游走，或二维游走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lattice ±1 (1D)</source>
        <translation>一维格点（±1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian steps (1D)</source>
        <translation>一维高斯步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform steps (1D)</source>
        <translation>一维均匀步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cauchy steps (1D)</source>
        <translation>一维柯西步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lattice (2D)</source>
        <translation>二维格点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian steps (2D)</source>
        <translation>二维高斯步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ornstein–Uhlenbeck (1D)</source>
        <translation>一维 Ornstein–Uhlenbeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walkers</source>
        <translation>游走者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of independent walkers (2D walks: at most 100,000)</source>
        <translation>独立游走者的个数（二维游走：至多 100,000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of steps every walker takes</source>
        <translation>每个游走者走的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p(+1)</source>
        <translation>p(+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lattice walks: probability of a +1 step (2D: of the positive direction on the chosen axis)</source>
        <translation>格点游走：走 +1 步的概率（二维：在所选轴上取正方向的概率）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step scale</source>
        <translation>步长尺度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuous steps: Gaussian standard deviation, uniform half-width, Cauchy scale; Ornstein–Uhlenbeck: the noise&apos;s standard deviation per step, √α</source>
        <translation>连续步长：高斯标准差、均匀分布半宽、柯西尺度；Ornstein–Uhlenbeck：每步噪声的标准差 √α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuous steps: added to every step along x (lattice walks drift through p)</source>
        <translation>连续步长：每一步沿 x 方向附加的位移（格点游走的漂移由 p 决定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull k</source>
        <translation>拉力 k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ornstein–Uhlenbeck walk: dx = −k·x·dt + scale·dW. The spread settles at scale²/(2k) after a few 1/k steps; small k is nearly a free Gaussian walk</source>
        <translation>Ornstein–Uhlenbeck 游走：dx = −k·x·dt + 尺度·dW。经过几个 1/k 步后方差稳定在 尺度²/(2k)；k 很小时接近自由高斯游走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential ω</source>
        <translation>势 ω</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path integral with V = ω²x²/2: each path is weighted by exp(−∫V dt) and the composed short-time kernels converge to Mehler&apos;s kernel (1D walks without drift or barrier; the walkers themselves do not feel it). 0: the free path integral</source>
        <translation>带势 V = ω²x²/2 的路径积分：每条路径乘以权重 exp(−∫V dt)，复合的短时核收敛到 Mehler 核（适用于无漂移、无壁垒的一维游走；游走者本身不受势的作用）。0：自由路径积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier</source>
        <translation>壁垒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wall on the line x = barrier_at: absorbing (walkers stop there) or reflecting</source>
        <translation>直线 x = barrier_at 处的一堵墙：吸收壁（游走者停在那里）或反射壁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorbing</source>
        <translation>吸收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflecting</source>
        <translation>反射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier at</source>
        <translation>壁垒位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of the barrier; walkers start at 0, so it must not be 0</source>
        <translation>壁垒的位置；游走者从 0 出发，所以它不能为 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trails</source>
        <translation>轨迹数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted walkers whose full path is drawn</source>
        <translation>绘出完整路径的高亮游走者个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results depend only on the seed (not on the number of threads)</source>
        <translation>结果只取决于种子（与线程数无关）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 2D target distribution (shared with the diffusion lab)</source>
        <translation>二维目标分布（与扩散模型实验共用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring of 8</source>
        <translation>8 点圆环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 x 5 grid</source>
        <translation>5×5 网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unequal pair</source>
        <translation>不等权双峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Gaussian</source>
        <translation>单个高斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard GAN (non-saturating), RSGAN (§4.4), GAN-QP (§4.2), WGAN-GP (§4.7), hinge (§4.1), the energy GAN or EBGAN (§4.9), LSGAN (§4.11) or an f-GAN (§4.10)</source>
        <translation>标准 GAN（非饱和）、RSGAN（§4.4）、GAN-QP（§4.2）、WGAN-GP（§4.7）、hinge（§4.1）、能量 GAN 或 EBGAN（§4.9）、LSGAN（§4.11）或 f-GAN（§4.10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard GAN (non-saturating)</source>
        <translation>标准 GAN（非饱和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSGAN</source>
        <translation>RSGAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN-QP</source>
        <translation>GAN-QP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>hinge 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy GAN (zero-centred penalty at the reals)</source>
        <translation>能量 GAN（真实样本处的零中心惩罚）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EBGAN (margin)</source>
        <translation>EBGAN（间隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSGAN</source>
        <translation>LSGAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, total variation</source>
        <translation>f-GAN，全变差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, KL</source>
        <translation>f-GAN，KL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, reverse KL</source>
        <translation>f-GAN，反向 KL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, Pearson χ²</source>
        <translation>f-GAN，Pearson χ²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, Neyman χ²</source>
        <translation>f-GAN，Neyman χ²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, squared Hellinger</source>
        <translation>f-GAN，平方 Hellinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f-GAN, Jensen–Shannon</source>
        <translation>f-GAN，Jensen–Shannon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lambda</source>
        <translation>λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN-QP&apos;s scale lambda; WGAN-GP&apos;s and the energy GAN&apos;s penalty weight</source>
        <translation>GAN-QP 的尺度 λ；WGAN-GP 与能量 GAN 的惩罚权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entropy weight λ₂</source>
        <translation>熵权重 λ₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy GAN only: weight λ₂ of the generator&apos;s entropy term λ₂ E‖z − E(G(z))‖², through an encoder E trained with the generator (§4.13); 0 = the plain generator that only jumps into the pits</source>
        <translation>仅用于能量 GAN：生成器熵项 λ₂ E‖z − E(G(z))‖² 的权重 λ₂，通过与生成器一同训练的编码器 E 实现（§4.13）；0 = 只“跳坑”的普通生成器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder width</source>
        <translation>编码器宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy GAN with λ₂ &gt; 0 only: units per hidden layer of the encoder E (two layers), which maps a generated point back to its noise</source>
        <translation>仅用于 λ₂ &gt; 0 的能量 GAN：编码器 E（两层）每个隐藏层的单元数，E 把生成的点映射回它的噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN-QP distance</source>
        <translation>GAN-QP 距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d(x_r, x_f): mean |difference| over coordinates (l1) or root mean square (l2)</source>
        <translation>d(x_r, x_f)：各坐标差的绝对值的平均（l1）或均方根（l2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean |difference| (l1)</source>
        <translation>平均绝对差（l1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root mean square (l2)</source>
        <translation>均方根（l2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator depth</source>
        <translation>生成器深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers of the generator MLP</source>
        <translation>生成器 MLP 的隐藏层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator width</source>
        <translation>生成器宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per hidden layer of the generator</source>
        <translation>生成器每个隐藏层的单元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator activation</source>
        <translation>生成器激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation between the generator&apos;s layers</source>
        <translation>生成器各层之间的激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softplus</source>
        <translation>softplus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator depth</source>
        <translation>判别器深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers of the discriminator MLP</source>
        <translation>判别器 MLP 的隐藏层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator width</source>
        <translation>判别器宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per hidden layer of the discriminator</source>
        <translation>判别器每个隐藏层的单元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator activation</source>
        <translation>判别器激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation between the discriminator&apos;s layers</source>
        <translation>判别器各层之间的激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise dimension</source>
        <translation>噪声维数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension of the generator&apos;s input z</source>
        <translation>生成器输入 z 的维数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z ~ N(0, I) or uniform on [-1, 1]^n</source>
        <translation>z ~ N(0, I)，或 [-1, 1]^n 上的均匀分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator optimiser</source>
        <translation>生成器优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam, or SGD with momentum beta1</source>
        <translation>Adam，或以 beta1 为动量的 SGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator learning rate</source>
        <translation>生成器学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step size of the generator&apos;s optimiser</source>
        <translation>生成器优化器的步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator beta1</source>
        <translation>生成器 beta1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s first-moment decay (SGD: momentum). The energy essay advises little momentum for the generator (§4.1)</source>
        <translation>Adam 的一阶矩衰减率（SGD：动量）。能量视角一文建议生成器少用动量（§4.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator beta2</source>
        <translation>生成器 beta2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s second-moment decay</source>
        <translation>Adam 的二阶矩衰减率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator optimiser</source>
        <translation>判别器优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator learning rate</source>
        <translation>判别器学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step size of the discriminator&apos;s optimiser</source>
        <translation>判别器优化器的步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator beta1</source>
        <translation>判别器 beta1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator beta2</source>
        <translation>判别器 beta2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>he: core/nn&apos;s He (ReLU) / Glorot initialisation; torch: PyTorch&apos;s nn.Linear default, uniform in +-1/sqrt(fan_in) for weights and biases (the W4 peer&apos;s)</source>
        <translation>he：core/nn 的 He（ReLU）/ Glorot 初始化；torch：PyTorch nn.Linear 的默认初始化，权重与偏置均匀分布于 ±1/sqrt(fan_in)（W4 对照实现所用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He / Glorot</source>
        <translation>He / Glorot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PyTorch default</source>
        <translation>PyTorch 默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D steps per G step</source>
        <translation>每步 G 的 D 步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator updates before each generator update</source>
        <translation>每次更新生成器之前判别器的更新次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real and generated samples per update</source>
        <translation>每次更新所用的真实样本与生成样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator steps</source>
        <translation>生成器步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a full training run</source>
        <translation>一次完整训练的长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per frame</source>
        <translation>每帧步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator steps between pictures (1 = slow motion, every step)</source>
        <translation>两幅画面之间的生成器步数（1 = 慢动作，每步一幅）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds the weights, the noise and the data batches</source>
        <translation>为权重、噪声和数据批次设定随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langevin sampling</source>
        <translation>朗之万采样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After training, sample the energy U = −D with Langevin dynamics x ← x − ½ε∇U/T + √ε ξ (unadjusted) or with MALA, which accepts each move with the Metropolis–Hastings probability and so samples e^(−U/T) exactly for any ε (§4.12)</source>
        <translation>训练结束后，用朗之万动力学 x ← x − ½ε∇U/T + √ε ξ（未校正）或 MALA 对能量 U = −D 采样；MALA 以 Metropolis–Hastings 概率接受每一步，因此对任意 ε 都精确地采样 e^(−U/T)（§4.12）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unadjusted Langevin</source>
        <translation>未校正朗之万</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MALA</source>
        <translation>MALA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling space</source>
        <translation>采样空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: particles x move on U(x). Latent: particles z move on U(G(z)) + ½‖z‖² and are shown as G(z), the essay&apos;s better truncation trick (needs Gaussian noise of dimension 2)</source>
        <translation>数据空间：粒子 x 在 U(x) 上运动。隐空间：粒子 z 在 U(G(z)) + ½‖z‖² 上运动并显示为 G(z)，即文中“更好的截断技巧”（需要二维高斯噪声）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data space</source>
        <translation>数据空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent space</source>
        <translation>隐空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles start</source>
        <translation>粒子起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data space: uniform over the view, at the generator&apos;s samples G(z), or all at one point (Ctrl-click the plane). Latent space always starts at z ~ N(0, I)</source>
        <translation>数据空间：在视野内均匀分布、位于生成器样本 G(z) 处，或全部位于一点（按住 Ctrl 点击平面）。隐空间总是从 z ~ N(0, I) 出发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise over the view</source>
        <translation>视野内的噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator samples</source>
        <translation>生成器样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicked point</source>
        <translation>点击的点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start x</source>
        <translation>起点 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x of the clicked starting point</source>
        <translation>点击起点的 x 坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start y</source>
        <translation>起点 y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y of the clicked starting point</source>
        <translation>点击起点的 y 坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles</source>
        <translation>粒子数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of Langevin particles</source>
        <translation>朗之万粒子的数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langevin steps</source>
        <translation>朗之万步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps every particle takes</source>
        <translation>每个粒子走的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step size ε</source>
        <translation>步长 ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langevin&apos;s ε: larger moves faster but biases unadjusted Langevin (MALA then rejects more)</source>
        <translation>朗之万的 ε：越大移动越快，但会使未校正朗之万产生偏差（MALA 则拒绝更多）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples e^(−U/T), T in units of the energy&apos;s spread over the view (its 2nd to 98th percentile): every loss scales its energy differently, and small T sharpens the pits</source>
        <translation>采样 e^(−U/T)，T 以能量在视野内的跨度（第 2 到第 98 百分位）为单位：各损失对能量的缩放不同，T 越小坑越尖锐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data distribution: a Gaussian mixture (custom: click on the canvas to add components) or a point cloud opened from a CSV file (its exact score returns its own points)</source>
        <translation>数据分布：高斯混合（自定义：在画布上点击添加分量），或从 CSV 文件打开的点云（其精确得分函数会采样回这些点本身）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point cloud</source>
        <translation>点云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDPM ancestral (posterior or beta sigma), DDIM, probability-flow ODE (Euler, Heun, RK4) or the reverse SDE (Euler-Maruyama)</source>
        <translation>DDPM 祖先采样（后验方差或 beta 方差）、DDIM、概率流 ODE（Euler、Heun、RK4）或逆向 SDE（Euler–Maruyama）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDPM (posterior variance)</source>
        <translation>DDPM（后验方差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDPM (beta variance)</source>
        <translation>DDPM（beta 方差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODE (Euler)</source>
        <translation>ODE（Euler）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODE (Heun)</source>
        <translation>ODE（Heun）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODE (RK4)</source>
        <translation>ODE（RK4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDE (Euler–Maruyama)</source>
        <translation>SDE（Euler–Maruyama）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>噪声调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise schedule: Ho&apos;s linear beta 1e-4..0.02, Su&apos;s alpha_t = sqrt(1 - 0.02 t/T), cosine, or variance exploding (the heat equation: x_t = x_0 + sigma(t) noise, sigma geometric or EDM&apos;s)</source>
        <translation>噪声调度：Ho 的线性 beta 1e-4..0.02、苏剑林的 alpha_t = sqrt(1 - 0.02 t/T)、余弦，或方差爆炸（热方程：x_t = x_0 + sigma(t) 噪声，sigma 为几何式或 EDM 式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (Ho)</source>
        <translation>线性（Ho）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (Su)</source>
        <translation>线性（苏）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat (geometric σ)</source>
        <translation>热方程（几何 σ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat (EDM σ)</source>
        <translation>热方程（EDM σ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>σ min</source>
        <translation>σ 最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat schedules: the noise level sigma just after t = 0 (sigma(0) = 0 is the data)</source>
        <translation>热方程调度：t = 0 之后的噪声水平 sigma（sigma(0) = 0 即数据本身）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>σ max</source>
        <translation>σ 最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat schedules: the noise level sigma(1) the samplers start from (noise times sigma max)</source>
        <translation>热方程调度：采样器起点的噪声水平 sigma(1)（噪声乘以 sigma 最大值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling steps of DDIM, the ODE and the SDE (DDPM always takes all T = 1000)</source>
        <translation>DDIM、ODE 与 SDE 的采样步数（DDPM 总是走完全部 T = 1000 步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM eta</source>
        <translation>DDIM eta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: deterministic DDIM; 1: DDPM&apos;s posterior noise on the step subsequence</source>
        <translation>0：确定性的 DDIM；1：在步长子序列上使用 DDPM 的后验噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of samples drawn together from the same seeded noise</source>
        <translation>由同一份带种子的噪声一起抽取的样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trajectories</source>
        <translation>轨迹数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles whose whole path is drawn</source>
        <translation>绘出完整路径的粒子数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward t</source>
        <translation>前向时刻 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the forward (noising) process shown: particles and the exact noised density</source>
        <translation>所显示的前向（加噪）过程的时刻：粒子与加噪后的精确密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample with the exact score of the noised mixture or with the learned network</source>
        <translation>用加噪混合分布的精确得分函数采样，或用学到的网络采样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned</source>
        <translation>学习所得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned score: Adam steps of denoising score matching (batch 512) before sampling</source>
        <translation>学习得分函数：采样前进行去噪得分匹配的 Adam 步数（批量 512）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden width</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of the encoder&apos;s and the decoder&apos;s hidden layer</source>
        <translation>编码器与解码器隐藏层的单元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent size</source>
        <translation>隐变量维数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions of z (64 to show KL vanishing, §5.2)</source>
        <translation>z 的维数（取 64 可观察 KL 消失，§5.2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bernoulli (cross-entropy) or fixed-variance Gaussian (MSE), §5.1</source>
        <translation>伯努利（交叉熵）或固定方差的高斯（MSE），§5.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bernoulli</source>
        <translation>伯努利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian sd</source>
        <translation>高斯标准差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed sd of the Gaussian decoder</source>
        <translation>高斯解码器的固定标准差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL weight</source>
        <translation>KL 权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the KL term (1 = the ELBO)</source>
        <translation>KL 项的权重（1 = ELBO）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE+BN</source>
        <translation>VAE+BN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatchNorm on mu and sigma with the gammas of §5.2 (no KL vanishing)</source>
        <translation>对 μ 和 σ 做 BatchNorm，γ 取 §5.2 中的值（不会 KL 消失）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tau</source>
        <translation>τ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE+BN: the KL floor per dimension is tau/2 (§5.2)</source>
        <translation>VAE+BN：每个维度的 KL 下限为 τ/2（§5.2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam step size</source>
        <translation>Adam 的步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held out</source>
        <translation>留出集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last images, not trained on: scatter and losses</source>
        <translation>最后若干幅图像，不参与训练：用于散点图和损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results depend only on the seed</source>
        <translation>结果只取决于随机种子</translation>
    </message>
</context>
<context>
    <name>PhaseModels</name>
    <message>
        <location filename="../../widgets/labs/competition/model_names.cpp" line="+11"/>
        <source>Two species compete for one habitat (kexue.fm 3120): coexistence, a winner or bistability.</source>
        <translation>两个物种争夺同一栖息地（kexue.fm 3120）：共存、一方获胜或双稳态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prey x and predators y: closed orbits around a centre, one for each value of a conserved quantity.</source>
        <translation>猎物 x 与捕食者 y：围绕中心的闭轨，守恒量的每个取值对应一条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistic prey, predators with a saturating (Holling II) appetite: past K = 1/(ah) + 2x* the equilibrium gives way to a limit cycle.</source>
        <translation>逻辑斯谛增长的猎物，捕食者的摄食率会饱和（Holling II 型）：K 超过 1/(ah) + 2x* 后，平衡点让位于极限环。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two species that help each other: both exceed their carrying capacities while b12·b21 &lt; 1.</source>
        <translation>两个互惠的物种：当 b12·b21 &lt; 1 时，两者都超过各自的环境容纳量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Susceptible x and infected y as fractions of a population: an epidemic grows while beta·x &gt; gamma.</source>
        <translation>易感者 x 与感染者 y 占总人口的比例：当 beta·x &gt; gamma 时疫情增长。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Competition (the essay&apos;s)</source>
        <translation>竞争模型（原文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lotka–Volterra predator–prey</source>
        <translation>Lotka–Volterra 捕食者–猎物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosenzweig–MacArthur</source>
        <translation>Rosenzweig–MacArthur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutualism</source>
        <translation>互惠共生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIR epidemic</source>
        <translation>SIR 传染病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>PhaseScene</name>
    <message>
        <location filename="../../widgets/labs/competition/phase_scene.cpp" line="-31"/>
        <source>closed orbit, T = %1</source>
        <translation>闭轨，T = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limit cycle, T = %1 (attracting, multiplier %2)</source>
        <translation>极限环，T = %1（吸引，乘子 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit cycle, T = %1 (repelling, multiplier %2)</source>
        <translation>极限环，T = %1（排斥，乘子 %2）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>stable manifold</source>
        <translation>稳定流形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstable manifold</source>
        <translation>不稳定流形</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../widgets/lab/registered_labs.h" line="+8"/>
        <source>Competition</source>
        <translation>竞争模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walk</source>
        <translation>随机游走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN energy</source>
        <translation>生成对抗网络的能量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusion</source>
        <translation>扩散模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE</source>
        <translation>变分自编码器</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/walk/walk_charts.cpp" line="+89"/>
        <source>Histogram of S_n</source>
        <translation>S_n 的直方图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability per bin</source>
        <translation>每个区间的概率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+3"/>
        <location filename="../../widgets/labs/walk/walk_derivation_charts.cpp" line="+64"/>
        <source>walkers</source>
        <translation>游走者</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>matching normal</source>
        <translation>对应的正态分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <location line="+139"/>
        <source>exact law</source>
        <translation>精确分布</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Distance to the normal law</source>
        <translation>到正态分布的距离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steps n</source>
        <translation>步数 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>KS at bin edges</source>
        <translation>分箱边界处的 KS</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>KS (true)</source>
        <translation>KS（真值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binomial law&apos;s KS</source>
        <translation>二项分布的 KS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∝ n^−½</source>
        <translation>∝ n^−½</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fit to KS</source>
        <translation>KS 拟合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>floor 2/√N</source>
        <translation>下限 2/√N</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Mean-square displacement</source>
        <translation>均方位移</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>steps t</source>
        <translation>步数 t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⟨|X_t|²⟩</source>
        <translation>⟨|X_t|²⟩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fitted line</source>
        <translation>拟合直线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path integral</source>
        <translation>路径积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position x</source>
        <translation>位置 x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+185"/>
        <source>closed form</source>
        <translation>闭式解</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1 (exact)</source>
        <translation>%1（精确）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Histogram at n = %1: true KS to normal %2</source>
        <translation>n = %1 的直方图：到正态的真 KS 为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram at n = %1: KS to normal %2</source>
        <translation>n = %1 时的直方图：到正态分布的 KS 距离 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step 0: every walker at the start — press Run (F5)</source>
        <translation>第 0 步：所有游走者都在起点 — 按“运行”（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n = %1: still Cauchy, never normal</source>
        <translation>n = %1：仍是柯西分布，永远不会趋于正态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, χ² p = %1</source>
        <translation>，χ² p = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · absorbed %1</source>
        <translation> · 已吸收 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (exact %1)</source>
        <translation>（精确值 %1）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>KS at bin edges (continuity-corrected)</source>
        <translation>分箱边界处的 KS（连续性校正）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Distance to the normal law, as the walk runs</source>
        <translation>游走过程中到正态分布的距离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to normal: the barrier keeps S_n from it</source>
        <translation>到正态分布的距离：壁垒使 S_n 无法趋于正态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cauchy: slope %1 ≈ 0, never normal</source>
        <translation>柯西：斜率 %1 ≈ 0，永远不会趋于正态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True KS to normal: slope %1 (ref. −0.5)</source>
        <translation>到正态的真 KS：斜率 %1（参考 −0.5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to normal: slope %1 (ref. −0.5)</source>
        <translation>到正态分布的距离：斜率 %1（参考值 −0.5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to normal: at the floor 2/√N</source>
        <translation>到正态分布的距离：已到下限 2/√N</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>MSD: no D (Cauchy steps: no variance)</source>
        <translation>均方位移：无扩散系数 D（柯西步长没有方差）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MSD levels off at α/(2k) = %1: pulled towards 0</source>
        <translation>MSD 趋于 α/(2k) = %1：被拉向 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MSD slope %1 = 2·%2·D: D = %3 (theory %4)</source>
        <translation>均方位移斜率 %1 = 2·%2·D：D = %3（理论值 %4）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mehler&apos;s kernel</source>
        <translation>Mehler 核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>method of images</source>
        <translation>镜像法</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 kernel</source>
        <translation>1 个核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kernels</source>
        <translation>%1 个核</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Path integral: shown for 1D walks</source>
        <translation>路径积分：仅对一维游走显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path integral: none for Cauchy steps</source>
        <translation>路径积分：柯西步长没有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path integral: from step 1</source>
        <translation>路径积分：从第 1 步开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path integral: %1 kernels composed</source>
        <translation>路径积分：复合了 %1 个核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential ω²x²/2: error %1 → %2 (%3 kernels)</source>
        <translation>势 ω²x²/2：误差 %1 → %2（%3 个核）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path integral: error %1 (1 kernel) → %2 (%3)</source>
        <translation>路径积分：误差 %1（1 个核）→ %2（%3）</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/walk/walk_density_pair.cpp" line="-48"/>
        <source>2D walks: the density of walkers against the heat kernel appears from step 1.</source>
        <translation>二维游走：游走者密度与热核的对比从第 1 步开始显示。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>walkers, n = %1</source>
        <translation>游走者，n = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heat kernel</source>
        <translation>热核</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>y from %1 to %2</source>
        <translation>y 从 %1 到 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>per cell</source>
        <translation>每格计数</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/walk/walk_derivation_charts.cpp" line="-4"/>
        <source>Characteristic function</source>
        <translation>特征函数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>frequency ω</source>
        <translation>频率 ω</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re φₙ(ω)</source>
        <translation>Re φₙ(ω)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian limit</source>
        <translation>高斯极限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact φₙ</source>
        <translation>精确 φₙ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial products</source>
        <translation>部分积</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modes N</source>
        <translation>模数 N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>product</source>
        <translation>乘积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∏(1 + ω²/n²)</source>
        <translation>∏(1 + ω²/n²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sinh(πω)/(πω)</source>
        <translation>sinh(πω)/(πω)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∏(1 − ω²/n²)</source>
        <translation>∏(1 − ω²/n²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sin(πω)/(πω)</source>
        <translation>sin(πω)/(πω)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sums over the modes</source>
        <translation>对各模求和</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ω</source>
        <translation>ω</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum</source>
        <translation>和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(πω coth πω − 1)/(2ω²)</source>
        <translation>(πω coth πω − 1)/(2ω²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ 1/(n² + ω²), N terms</source>
        <translation>Σ 1/(n² + ω²)，N 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(1 − πω cot πω)/(2ω²)</source>
        <translation>(1 − πω cot πω)/(2ω²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ 1/(n² − ω²), N terms</source>
        <translation>Σ 1/(n² − ω²)，N 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poles ω = 1, 2, …</source>
        <translation>极点 ω = 1, 2, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen ω</source>
        <translation>所选 ω</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Characteristic function: shown for 1D walks</source>
        <translation>特征函数：仅用于一维游走</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characteristic function: from step 1</source>
        <translation>特征函数：从第 1 步起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characteristic function after n = %1 steps (%2 walkers)</source>
        <translation>n = %1 步后的特征函数（%2 个游走者）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Coefficient extraction&lt;/b&gt; (1/2π)∫φₙ(ω)e&lt;sup&gt;−ikω&lt;/sup&gt;dω, trapezoid rule on %1 nodes (exact for more than n + |k|):</source>
        <translation>&lt;b&gt;系数提取&lt;/b&gt; (1/2π)∫φₙ(ω)e&lt;sup&gt;−ikω&lt;/sup&gt;dω，%1 个节点的梯形公式（节点数多于 n + |k| 时精确）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>integral</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>binomial</source>
        <translation>二项分布</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Partial products at ω = %1&lt;br&gt;%2 → %3, %4 → %5</source>
        <translation>ω = %1 处的部分积&lt;br&gt;%2 → %3，%4 → %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sums at ω = %1, N = %2&lt;br&gt;%3 (closed %4), %5 (closed %6)</source>
        <translation>ω = %1、N = %2 处的和&lt;br&gt;%3（闭式 %4），%5（闭式 %6）</translation>
    </message>
    <message>
        <location filename="../../widgets/session/session_file.cpp" line="+31"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../app/lab_setup.cpp" line="+33"/>
        <source>command-line settings</source>
        <translation>命令行设置</translation>
    </message>
</context>
<context>
    <name>VaeScene</name>
    <message>
        <location filename="../../widgets/labs/vae/vae_scene.cpp" line="+36"/>
        <source>PCA of held-out μ(x), %2-D, epoch %1</source>
        <translation>留出集 μ(x) 的 PCA，%2 维，第 %1 轮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PC1 (%1% of variance)</source>
        <translation>PC1（方差的 %1%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC2 (%1% of variance)</source>
        <translation>PC2（方差的 %1%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out μ(x), epoch %1</source>
        <translation>留出集 μ(x)，第 %1 轮</translation>
    </message>
</context>
<context>
    <name>WalkScene</name>
    <message>
        <location filename="../../widgets/labs/walk/walk_scene.cpp" line="+43"/>
        <source>1D lattice walk (p = %1)</source>
        <translation>一维格点游走（p = %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1D Gaussian steps (σ = %1)</source>
        <translation>一维高斯步长（σ = %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1D uniform steps (±%1)</source>
        <translation>一维均匀步长（±%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1D Cauchy steps (scale %1)</source>
        <translation>一维柯西步长（尺度 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2D lattice walk (p = %1)</source>
        <translation>二维格点游走（p = %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2D Gaussian steps (σ = %1)</source>
        <translation>二维高斯步长（σ = %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1D Ornstein–Uhlenbeck walk (k = %1, √α = %2)</source>
        <translation>一维 Ornstein–Uhlenbeck 游走（k = %1，√α = %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, absorbing barrier at x = %1</source>
        <translation>，x = %1 处为吸收壁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, reflecting barrier at x = %1</source>
        <translation>，x = %1 处为反射壁</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>highlighted walkers</source>
        <translation>高亮的游走者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>absorbing barrier</source>
        <translation>吸收壁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflecting barrier</source>
        <translation>反射壁</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>histogram of S_n</source>
        <translation>S_n 的直方图</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>step n</source>
        <translation>步数 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position S_n</source>
        <translation>位置 S_n</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>%1%2 — step %3 of %4</source>
        <translation>%1%2 — 第 %3 步，共 %4 步</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>±1, ±2 × n·scale</source>
        <translation>±1、±2 × n·尺度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean ± 1, 2 sd</source>
        <translation>均值 ± 1、2 个标准差</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>start</source>
        <translation>起点</translation>
    </message>
</context>
<context>
    <name>kx::widgets::AnimationExportDialog</name>
    <message>
        <location filename="../../widgets/video/animation_export_dialog.cpp" line="+35"/>
        <location line="+17"/>
        <location line="+73"/>
        <location line="+21"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4 视频（H.264）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video (VP9)</source>
        <translation>WebM 视频（VP9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF animation</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>PNG 帧序列（文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 plays in slides and browsers; WebM in browsers; GIF anywhere, with at most 256 colours per frame; PNG frames are the lab&apos;s own frames, one file each</source>
        <translation>MP4 可在幻灯片与浏览器中播放；WebM 可在浏览器中播放；GIF 处处可播放，但每帧最多 256 色；PNG 帧序列为实验室自身的各帧，每帧一个文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file to write (for PNG frames: the folder). An existing file is replaced only when the new one is complete</source>
        <translation>要写入的文件（PNG 帧序列：文件夹）。仅当新文件完整写好后才替换已有文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the frames</source>
        <translation>帧序列所在文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MP4 and WebM need even sides; 1280 × 720 suits slides, 1920 × 1080 full-HD</source>
        <translation>MP4 与 WebM 需要偶数边长；1280 × 720 适合幻灯片，1920 × 1080 为全高清</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames per second of the video. GIF stores delays in hundredths of a second: 25 or 50 play exactly</source>
        <translation>视频每秒帧数。GIF 以百分之一秒记录帧间隔：25 或 50 可精确播放</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video&apos;s length: the lab&apos;s frames are spread over it evenly, each held as long as needed (or skipped, when there are more frames than the video has)</source>
        <translation>视频时长：实验室的各帧均匀分布其中，每帧按需停留（实验室帧数多于视频帧数时则跳过部分帧）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames: %1, the lab&apos;s own</source>
        <translation>帧数：%1，即实验室自身的帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames: %1, from the lab&apos;s %2</source>
        <translation>帧数：%1，取自实验室的 %2 帧</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Encoding %1…</source>
        <translation>正在编码 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Animation written to %1</source>
        <translation>动画已写入 %1</translation>
    </message>
</context>
<context>
    <name>kx::widgets::ChecksummedDownload</name>
    <message>
        <location filename="../../widgets/download/checksummed_download.cpp" line="+91"/>
        <source>Cannot create the download folder %1.</source>
        <translation>无法创建下载文件夹 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not download %1 (%2).</source>
        <translation>无法下载 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: sent more than twice the published %2 bytes</source>
        <translation>%1：发送的数据超过公布大小 %2 字节的两倍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the checksum does not match (MD5 %2, expected %3): the data is corrupt or not this file</source>
        <translation>%1：校验和不符（MD5 为 %2，应为 %3）：数据已损坏或不是这个文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::ColormapMenu</name>
    <message>
        <location filename="../../widgets/shell/colormap_menu.cpp" line="+28"/>
        <source>&amp;Viridis (default)</source>
        <translation>Viridis（默认）(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cividis (colour-blind safe)</source>
        <translation>Cividis（色盲友好）(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Magma</source>
        <translation>Magma(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grayscale (print)</source>
        <translation>灰度（适合打印）(&amp;G)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Colormap</source>
        <translation>色图(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colour scale of every field and its colourbar, on screen and in exports</source>
        <translation>所有场及其色条的颜色标度，屏幕显示与导出均适用</translation>
    </message>
</context>
<context>
    <name>kx::widgets::CompetitionLab</name>
    <message>
        <location filename="../../widgets/labs/competition/competition_animation.cpp" line="+54"/>
        <source>no trajectories yet: click in the phase plane to start one</source>
        <translation>尚无轨线：在相平面中单击以开始一条</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/competition/competition_lab.cpp" line="+69"/>
        <source>Competition</source>
        <translation>竞争模型</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Selected trajectory</source>
        <translation>所选轨线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrator error</source>
        <translation>积分器误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time t</source>
        <translation>时间 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population</source>
        <translation>种群数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|x − x_ref|</source>
        <translation>|x − x_ref|</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Error of %1 (rtol %2) vs reference</source>
        <translation>%1（rtol %2）相对参考解的误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error of %1 (h = %2) vs reference</source>
        <translation>%1（h = %2）相对参考解的误差</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At most %1 trajectories; the oldest was removed.</source>
        <translation>至多 %1 条轨线；最早的一条已被移除。</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/competition/competition_lab.cpp" line="-237"/>
        <source>
&lt;h3&gt;Two-species competition&lt;/h3&gt;
&lt;p&gt;Two populations share one habitat. Alone each grows logistically; when they meet each slows the other:&lt;/p&gt;
&lt;p style=&quot;margin-left:1em&quot;&gt;dx₁/dt = r₁x₁(1 − x₁/N₁) − a₁x₁x₂&lt;br&gt;dx₂/dt = r₂x₂(1 − x₂/N₂) − a₂x₁x₂&lt;/p&gt;
&lt;p&gt;The &lt;b&gt;phase plane&lt;/b&gt; shows the direction field (arrows of equal length), the flow as a texture
coloured by speed |F|, the nullclines (dashed: blue where dx₁/dt = 0, red where dx₂/dt = 0) and the four
equilibria, each classified from the eigenvalues λ of the Jacobian J = ∂F/∂x:
(0, 0), (N₁, 0), (0, N₂) and the coexistence point E*.&lt;/p&gt;
&lt;p&gt;With σ₁ = a₁N₂/r₁ and σ₂ = a₂N₁/r₂: both below 1 → coexistence at
E* = (N₁(1−σ₁), N₂(1−σ₂)) / (1 − σ₁σ₂); σ₂ &amp;gt; 1 &amp;gt; σ₁ → species 1 wins; σ₁ &amp;gt; 1 &amp;gt; σ₂ → species 2 wins;
both above 1 → bistable, and the separatrix (stable manifold of the saddle E*) splits the two basins.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Click&lt;/b&gt; to start a trajectory (click its start again to select it, right-click to remove it); drag to pan,
wheel to zoom, double-click to reset the view. The charts show the selected trajectory&apos;s x₁(t), x₂(t) with the
equilibrium values dashed, and the error of the chosen integrator against a Dormand–Prince reference at
tolerance 10⁻¹²: Euler is a plain RNN cell (x ← x + hF(x)) with error O(h); RK4 is O(h⁴).&lt;/p&gt;
&lt;p&gt;Defaults (r₁ = 0.1, 1/N₁ = 0.002, a₁ = 0.0001, r₂ = 0.3, 1/N₂ = 0.003, a₂ = 0.0002, start (100, 150)) are the essay&apos;s;
x₁ → 375 and x₂ → 250.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Other models.&lt;/b&gt; The Model chooser above the plane also offers Lotka–Volterra predator–prey,
Rosenzweig–MacArthur, mutualism, SIR and Custom (type dx/dt and dy/dt in x, y and parameters you list). For
them the plane shows every branch of both nullclines, the stable and unstable manifolds of every saddle and the
periodic orbits with their period; the Bifurcation tab plots the equilibria against one parameter, coloured by
stability, with Hopf and zero-eigenvalue points marked.&lt;/p&gt;
&lt;p&gt;Sources: &lt;a href=&quot;https://kexue.fm/archives/3120&quot;&gt;kexue.fm/archives/3120&lt;/a&gt; (the model) and
&lt;a href=&quot;https://kexue.fm/archives/5643&quot;&gt;kexue.fm/archives/5643&lt;/a&gt; (RNNs as ODE solvers).&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;两物种竞争模型&lt;/h3&gt;
&lt;p&gt;两个种群共享同一栖息地。各自单独生存时按逻辑斯谛规律增长；相遇时彼此抑制：&lt;/p&gt;
&lt;p style=&quot;margin-left:1em&quot;&gt;dx₁/dt = r₁x₁(1 − x₁/N₁) − a₁x₁x₂&lt;br&gt;dx₂/dt = r₂x₂(1 − x₂/N₂) − a₂x₁x₂&lt;/p&gt;
&lt;p&gt;&lt;b&gt;相平面&lt;/b&gt;上显示方向场（等长箭头）、按速度 |F| 着色的流线纹理、零斜线（虚线：蓝色处 dx₁/dt = 0，红色处 dx₂/dt = 0）
以及四个平衡点，每个平衡点按雅可比矩阵 J = ∂F/∂x 的特征值 λ 分类：
(0, 0)、(N₁, 0)、(0, N₂) 以及共存点 E*。&lt;/p&gt;
&lt;p&gt;记 σ₁ = a₁N₂/r₁，σ₂ = a₂N₁/r₂：两者都小于 1 → 在
E* = (N₁(1−σ₁), N₂(1−σ₂)) / (1 − σ₁σ₂) 处共存；σ₂ &amp;gt; 1 &amp;gt; σ₁ → 物种 1 胜出；σ₁ &amp;gt; 1 &amp;gt; σ₂ → 物种 2 胜出；
两者都大于 1 → 双稳态，分界线（鞍点 E* 的稳定流形）把两个吸引域分开。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;单击&lt;/b&gt;开始一条轨线（再次单击其起点可选中它，右键单击可移除它）；拖动平移，
滚轮缩放，双击重置视图。图表显示所选轨线的 x₁(t)、x₂(t)（虚线为平衡值），
以及所选积分器相对于容差 10⁻¹² 的 Dormand–Prince 参考解的误差：Euler 法就是一个朴素的 RNN 单元（x ← x + hF(x)），误差为 O(h)；RK4 的误差为 O(h⁴)。&lt;/p&gt;
&lt;p&gt;默认值（r₁ = 0.1，1/N₁ = 0.002，a₁ = 0.0001，r₂ = 0.3，1/N₂ = 0.003，a₂ = 0.0002，起点 (100, 150)）取自原文；
x₁ → 375，x₂ → 250。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;其他模型。&lt;/b&gt;相平面上方的“模型”选择框还提供 Lotka–Volterra 捕食者–猎物、
Rosenzweig–MacArthur、互惠共生、SIR 以及自定义（用 x、y 和你列出的参数输入 dx/dt 与 dy/dt）。对这些模型，
相平面显示两条零斜线的每一个分支、每个鞍点的稳定流形与不稳定流形，以及周期轨道及其周期；“分岔”标签页画出平衡点随某一参数的变化，
按稳定性着色，并标出 Hopf 点和零特征值点。&lt;/p&gt;
&lt;p&gt;来源：&lt;a href=&quot;https://kexue.fm/archives/3120&quot;&gt;kexue.fm/archives/3120&lt;/a&gt;（模型）与
&lt;a href=&quot;https://kexue.fm/archives/5643&quot;&gt;kexue.fm/archives/5643&lt;/a&gt;（把 RNN 看作常微分方程求解器）。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>kx::widgets::CompetitionView</name>
    <message>
        <location filename="../../widgets/labs/competition/competition_view.cpp" line="+25"/>
        <source>Click: start a trajectory (or select one by its start) · right-click: remove · drag: pan · wheel: zoom · double-click: reset view</source>
        <translation>单击：从此处开始一条轨线（或单击起点选中它）· 右键：移除 · 拖动：平移 · 滚轮：缩放 · 双击：重置视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear trajectories</source>
        <translation>清除轨线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every trajectory (the parameters stay)</source>
        <translation>移除所有轨线（参数保持不变）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the phase plane to start a trajectory.</source>
        <translation>单击相平面即可开始一条轨线。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of the gallery, or Custom: type dx/dt and dy/dt yourself</source>
        <translation>模型库中的模型，或自定义：自己输入 dx/dt 与 dy/dt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase plane</source>
        <translation>相平面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bifurcation</source>
        <translation>分岔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter swept over its range:</source>
        <translation>在取值范围内扫描的参数：</translation>
    </message>
</context>
<context>
    <name>kx::widgets::CustomModelEditor</name>
    <message>
        <location filename="../../widgets/labs/competition/custom_model_editor.cpp" line="+85"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove parameter</source>
        <translation>删除参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An expression in x, y and the parameters: + − * / ^, numbers, exp log sqrt sin cos tanh abs, min max.</source>
        <translation>关于 x、y 和参数的表达式：+ − * / ^、数字、exp log sqrt sin cos tanh abs、min max。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Row %1: default, min and max must be numbers.</source>
        <translation>第 %1 行：默认值、最小值和最大值必须是数字。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::DensityPairWidget</name>
    <message>
        <location filename="../../widgets/labs/walk/walk_density_pair.cpp" line="+86"/>
        <source>Left: walkers per cell (64 × 64 grid). Right: the counts the heat kernel predicts, a Gaussian whose variance grows linearly with the step. One colour scale for both.</source>
        <translation>左：每格的游走者数（64 × 64 网格）。右：热核预测的计数，即方差随步数线性增长的高斯分布。两者使用同一色标。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::DiffusionLab</name>
    <message>
        <location filename="../../widgets/labs/diffusion/diffusion_figure.cpp" line="+19"/>
        <source>Nothing sampled yet.</source>
        <translation>尚未采样。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing sampled yet: no animation to export</source>
        <translation>尚未采样：没有可导出的动画</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/diffusion/diffusion_lab.cpp" line="+61"/>
        <source>Diffusion</source>
        <translation>扩散模型</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Distance to the target</source>
        <translation>到目标分布的距离</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>log₂ score evaluations</source>
        <translation>log₂ 得分函数求值次数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sliced W₁</source>
        <translation>切片 W₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>High-quality samples</source>
        <translation>高质量样本</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>share within 3 sd</source>
        <translation>3 个标准差以内的比例</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Learned score: DSM loss</source>
        <translation>学习得分函数：DSM 损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (mean of 20)</source>
        <translation>损失（20 步均值）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log p …</source>
        <translation>log p …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hover</source>
        <translation>悬停</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Memorised samples</source>
        <translation>记忆的样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within %1 of a point</source>
        <translation>距数据点 %1 以内的比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ε-network</source>
        <translation>ε 网络</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/diffusion/diffusion_lab.cpp" line="-241"/>
        <source>
&lt;h3&gt;Diffusion models: DDPM, DDIM and the probability-flow ODE&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;forward process&lt;/b&gt; adds noise: x&lt;sub&gt;t&lt;/sub&gt; = ᾱ&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;0&lt;/sub&gt; + β̄&lt;sub&gt;t&lt;/sub&gt; ε with
ᾱ² + β̄² = 1 (Su&apos;s notation: ᾱ is the square root of Ho&apos;s). The targets are Gaussian mixtures, so the noised
density p&lt;sub&gt;t&lt;/sub&gt; and its score ∇log p&lt;sub&gt;t&lt;/sub&gt; are exact: the lab samples with the true score and shows
what each sampler does with it. Click on the left canvas to add your own mixture components, or turn on &lt;b&gt;Draw&lt;/b&gt; and drag to draw a point cloud.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;DDPM&lt;/b&gt; (ancestral): x&lt;sub&gt;t−1&lt;/sub&gt; = (x&lt;sub&gt;t&lt;/sub&gt; − β&lt;sub&gt;t&lt;/sub&gt;²/β̄&lt;sub&gt;t&lt;/sub&gt; ε)/α&lt;sub&gt;t&lt;/sub&gt; +
σ&lt;sub&gt;t&lt;/sub&gt; z with σ&lt;sub&gt;t&lt;/sub&gt; = β̄&lt;sub&gt;t−1&lt;/sub&gt;β&lt;sub&gt;t&lt;/sub&gt;/β̄&lt;sub&gt;t&lt;/sub&gt; or β&lt;sub&gt;t&lt;/sub&gt;.
&lt;b&gt;DDIM&lt;/b&gt; keeps the marginals on any step subsequence; η = 0 is deterministic.
The &lt;b&gt;probability-flow ODE&lt;/b&gt; dx/dt = −β(t)/2 (x + ∇log p&lt;sub&gt;t&lt;/sub&gt;) moves the same marginals without noise
(Euler, Heun, RK4); the &lt;b&gt;reverse SDE&lt;/b&gt; adds the noise back (Euler–Maruyama).&lt;/p&gt;
&lt;p&gt;The right canvas shows the particles, a few trajectories, the score field at the current time (arrows) and,
for one particle, the denoised guess x̂&lt;sub&gt;0&lt;/sub&gt; = (x&lt;sub&gt;t&lt;/sub&gt; + β̄² ∇log p&lt;sub&gt;t&lt;/sub&gt;)/ᾱ (Tweedie). The
charts give sliced Wasserstein distance and the fraction of high-quality samples against the number of score
evaluations, one curve per sampler: how few steps can you take?&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Heat schedules and your own data.&lt;/b&gt; The heat (variance-exploding) schedules keep the data and add noise
of growing width, x&lt;sub&gt;t&lt;/sub&gt; = x&lt;sub&gt;0&lt;/sub&gt; + σ(t) ε, and the probability-flow ODE becomes the heat equation&apos;s
dx/dt = −σσ′ ∇log p&lt;sub&gt;t&lt;/sub&gt;. &lt;b&gt;Open point cloud…&lt;/b&gt; makes the points of a CSV file the target: their noised
density is a mixture centred on the points, so the score is exact and the samplers return the points themselves
(the &quot;memorised&quot; share in the status line), where a learned network lands between them. Hover over the right
canvas for that point&apos;s x̂&lt;sub&gt;0&lt;/sub&gt; at the current time.&lt;/p&gt;
&lt;p&gt;Sources: &lt;a href=&quot;https://kexue.fm/archives/9119&quot;&gt;9119&lt;/a&gt;, &lt;a href=&quot;https://kexue.fm/archives/9164&quot;&gt;9164&lt;/a&gt;,
&lt;a href=&quot;https://kexue.fm/archives/9181&quot;&gt;9181&lt;/a&gt;, &lt;a href=&quot;https://kexue.fm/archives/9209&quot;&gt;9209&lt;/a&gt;,
&lt;a href=&quot;https://kexue.fm/archives/9228&quot;&gt;9228&lt;/a&gt;, &lt;a href=&quot;https://kexue.fm/archives/9280&quot;&gt;9280&lt;/a&gt;,
&lt;a href=&quot;https://kexue.fm/archives/7038&quot;&gt;7038&lt;/a&gt;; docs/math.md §3.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;扩散模型：DDPM、DDIM 与概率流 ODE&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;前向过程&lt;/b&gt;逐步加噪：x&lt;sub&gt;t&lt;/sub&gt; = ᾱ&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;0&lt;/sub&gt; + β̄&lt;sub&gt;t&lt;/sub&gt; ε，其中ᾱ² + β̄² = 1（苏剑林的记号：ᾱ 是 Ho 等人记号的平方根）。目标分布都是高斯混合，因此加噪后的密度 p&lt;sub&gt;t&lt;/sub&gt; 及其得分函数 ∇log p&lt;sub&gt;t&lt;/sub&gt; 都是精确的：本实验用真实的得分函数采样，并展示每种采样器如何使用它。在左侧画布上单击即可添加自己的混合分量，或打开&lt;b&gt;绘制&lt;/b&gt;后拖动鼠标，画出一个点云。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;DDPM&lt;/b&gt;（祖先采样）：x&lt;sub&gt;t−1&lt;/sub&gt; = (x&lt;sub&gt;t&lt;/sub&gt; − β&lt;sub&gt;t&lt;/sub&gt;²/β̄&lt;sub&gt;t&lt;/sub&gt; ε)/α&lt;sub&gt;t&lt;/sub&gt; +
σ&lt;sub&gt;t&lt;/sub&gt; z，其中 σ&lt;sub&gt;t&lt;/sub&gt; = β̄&lt;sub&gt;t−1&lt;/sub&gt;β&lt;sub&gt;t&lt;/sub&gt;/β̄&lt;sub&gt;t&lt;/sub&gt; 或 β&lt;sub&gt;t&lt;/sub&gt;。&lt;b&gt;DDIM&lt;/b&gt; 在任意步数子序列上保持边缘分布不变；η = 0 时是确定性的。&lt;b&gt;概率流 ODE&lt;/b&gt; dx/dt = −β(t)/2 (x + ∇log p&lt;sub&gt;t&lt;/sub&gt;) 不加噪声地推动同样的边缘分布（Euler、Heun、RK4）；&lt;b&gt;逆向 SDE&lt;/b&gt; 则把噪声加回来（Euler–Maruyama）。&lt;/p&gt;
&lt;p&gt;右侧画布显示粒子、几条轨迹、当前时刻的得分场（箭头），以及某个粒子的去噪估计x̂&lt;sub&gt;0&lt;/sub&gt; = (x&lt;sub&gt;t&lt;/sub&gt; + β̄² ∇log p&lt;sub&gt;t&lt;/sub&gt;)/ᾱ（Tweedie 公式）。下方图表给出切片 Wasserstein 距离和高质量样本比例随得分函数求值次数的变化，每种采样器一条曲线：最少能走几步？&lt;/p&gt;
&lt;p&gt;&lt;b&gt;热方程调度与你自己的数据。&lt;/b&gt;热方程（方差爆炸）调度保留数据、加入宽度递增的噪声：x&lt;sub&gt;t&lt;/sub&gt; = x&lt;sub&gt;0&lt;/sub&gt; + σ(t) ε，概率流 ODE 即热方程的 dx/dt = −σσ′ ∇log p&lt;sub&gt;t&lt;/sub&gt;。&lt;b&gt;打开点云…&lt;/b&gt; 把 CSV 文件中的点作为目标：其加噪密度是以这些点为中心的混合分布，因此得分函数是精确的，采样器会返回这些点本身（状态栏中的“记忆”比例），而学习到的网络则落在点与点之间。在右侧画布上悬停，可查看该点在当前时刻的 x̂&lt;sub&gt;0&lt;/sub&gt;。&lt;/p&gt;
&lt;p&gt;来源：&lt;a href=&quot;https://kexue.fm/archives/9119&quot;&gt;9119&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/9164&quot;&gt;9164&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/9181&quot;&gt;9181&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/9209&quot;&gt;9209&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/9228&quot;&gt;9228&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/9280&quot;&gt;9280&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/7038&quot;&gt;7038&lt;/a&gt;；docs/math.md §3。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>kx::widgets::DiffusionLikelihood</name>
    <message>
        <location filename="../../widgets/labs/diffusion/diffusion_likelihood.cpp" line="+35"/>
        <source>Likelihood: %1</source>
        <translation>似然：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Likelihood: sample first, then click (the ODE needs the run&apos;s score)</source>
        <translation>似然：请先采样再单击（ODE 需要本次运行的得分函数）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>log p(%1, %2): ODE %3 · exact %4</source>
        <translation>log p(%1, %2)：ODE %3 · 精确 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exact log p(x)</source>
        <translation>精确 log p(x)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ODE log p(x) (§3.6)</source>
        <translation>ODE log p(x)（§3.6）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log-density: ODE against exact (%1 / %2 samples)</source>
        <translation>对数密度：ODE 与精确值对比（%1 / %2 个样本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-density: ODE against exact</source>
        <translation>对数密度：ODE 与精确值对比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ODE = exact</source>
        <translation>ODE = 精确</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target samples</source>
        <translation>目标样本</translation>
    </message>
</context>
<context>
    <name>kx::widgets::DiffusionView</name>
    <message>
        <location filename="../../widgets/labs/diffusion/diffusion_view.cpp" line="+45"/>
        <source>The forward process at the chosen time: noised data and the exact noised density. Click to add a mixture component (the target becomes &apos;custom&apos;); with Draw on, drag to draw a point cloud (the target becomes &apos;Point cloud&apos;). Drag: pan · wheel: zoom · double-click: reset</source>
        <translation>所选时刻的前向过程：加噪后的数据与精确的加噪密度。单击以添加一个混合分量（目标变为“自定义”）；打开“绘制”后拖动可画出一个点云（目标变为“点云”）。拖动：平移 · 滚轮：缩放 · 双击：重置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampler: particles, trajectories of a few, the score field at the current time (arrows) and one particle&apos;s denoised guess x̂₀, over the exact density at the particles&apos; time. Click: the log-density of that point through the probability-flow ODE and exactly. Hover: that point&apos;s x̂₀ = E[x₀ | x_t] at the particles&apos; time</source>
        <translation>采样器：粒子、其中几个粒子的轨迹、当前时刻的得分函数场（箭头），以及一个粒子的去噪估计 x̂₀，底图为粒子所在时刻的精确密度。单击：通过概率流 ODE 与精确公式计算该点的对数密度。悬停：该点在粒子所在时刻的 x̂₀ = E[x₀ | x_t]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear custom components</source>
        <translation>清除自定义分量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the sampler&apos;s frames (one per segment of steps) as an MP4, WebM or GIF video or as PNG files</source>
        <translation>将采样器的各帧（每段步数一帧）写为 MP4、WebM 或 GIF 视频，或 PNG 文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sliced Wasserstein-1 distance to exact samples against the number of score evaluations, one curve per sampler (4,000 particles each, all from the same noise: the stochastic samplers share their step noise too, so their sampling fluctuations move together)</source>
        <translation>到精确样本的切片 Wasserstein-1 距离随得分函数求值次数的变化，每个采样器一条曲线（各 4,000 个粒子，全部来自同一份噪声：随机采样器也共用各步的噪声，因此它们的采样涨落同步变化）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fraction of samples within 3 standard deviations of a component centre</source>
        <translation>落在某个分量中心 3 个标准差以内的样本比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score = learned: the denoising-score-matching loss E|ε − ε_θ(ᾱx₀ + β̄ε, t)|² while the network trains (its floor is not 0: ε is only partly predictable from x_t)</source>
        <translation>得分函数 = 学习所得：网络训练过程中的去噪得分匹配损失 E|ε − ε_θ(ᾱx₀ + β̄ε, t)|²（其下限不为 0：ε 只能由 x_t 部分预测）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log-density of samples of the target through the probability-flow ODE&apos;s instantaneous change of variables (§3.6, from t = 0.001 to 1 with the N(0, I) prior; RK4, 200 steps) against the exact log-density: on the diagonal where the ODE is exact</source>
        <translation>目标样本的对数密度：由概率流 ODE 的瞬时变量替换公式计算（§3.6，从 t = 0.001 到 1，先验为 N(0, I)；RK4，200 步），与精确对数密度对比：ODE 精确时点落在对角线上</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The samplers of the two quality charts, each at 7 budgets of score evaluations</source>
        <translation>两幅质量图中的采样器，各在 7 种得分函数求值次数下运行</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 points · step %2 / %3 · %4 score evaluations</source>
        <translation>%1 个点 · 第 %2 / %3 步 · 得分函数求值 %4 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 components · step %2 / %3 · %4 score evaluations</source>
        <translation>%1 个分量 · 第 %2 / %3 步 · 得分函数求值 %4 次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · sliced W₁ %1 · memorised %2% (within %3 of a training point) · median distance %4</source>
        <translation> · 切片 W₁ %1 · 记忆 %2%（距训练点 %3 以内）· 中位距离 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · sliced W₁ %1 · modes %2 / %3 · high quality %4%</source>
        <translation> · 切片 W₁ %1 · 模式 %2 / %3 · 高质量 %4%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · x̂₀ of (%1, %2) at t = %3: (%4, %5)</source>
        <translation> · (%1, %2) 在 t = %3 的 x̂₀：(%4, %5)</translation>
    </message>
</context>
<context>
    <name>kx::widgets::DownloadBar</name>
    <message>
        <location filename="../../widgets/download/download_bar.cpp" line="+17"/>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the download: nothing partial is kept, the current data set stays</source>
        <translation>停止下载：不保留不完整的文件，当前数据集保持不变</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: connecting…</source>
        <translation>%1：正在连接…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 of %3 MB</source>
        <translation>%1：%2 / %3 MB</translation>
    </message>
</context>
<context>
    <name>kx::widgets::ExportDialog</name>
    <message>
        <location filename="../../widgets/export/export_dialog.cpp" line="+16"/>
        <location line="+6"/>
        <source>Export figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The format follows the suffix: .png (raster at the chosen scale), .svg and .pdf (vector text and lines), .csv (the data behind the figure)</source>
        <translation>格式由后缀决定：.png（按所选比例的位图）、.svg 和 .pdf（矢量文字与线条）、.csv（图像背后的数据）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG image (*.png);;SVG vector (*.svg);;PDF (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device pixels per figure pixel for PNG: 2 gives a crisp high-DPI image of the same layout</source>
        <translation>PNG 每个图像像素对应的设备像素数：取 2 可得到相同版式的高清（高 DPI）图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
</context>
<context>
    <name>kx::widgets::FDivergencePanel</name>
    <message>
        <location filename="../../widgets/labs/gan/f_divergence_panel.cpp" line="+101"/>
        <source>Divergence</source>
        <translation>散度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The f-GAN whose f and g are drawn; choosing an f-GAN loss in the lab picks it here</source>
        <translation>绘制其 f 与 g 的 f-GAN；在实验中选择 f-GAN 损失时会在这里选中它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>g is drawn over t = f′(u) for the u on the left: the critic&apos;s optimal values there, where f(u) = t·u − g(t) (docs/math.md §4.10). Right: the value d(r) of the critic&apos;s game at the density ratio r = q/p for the pairs of &quot;Designing GANs&quot;, minimal at r = 1 (§4.11).</source>
        <translation>g 画在 t = f′(u) 上，u 取左图中的值：这些 t 是判别器在那里的最优值，且 f(u) = t·u − g(t)（docs/math.md §4.10）。右图：“设计 GAN”中各对函数在密度比 r = q/p 处判别器博弈的值 d(r)，在 r = 1 处最小（§4.11）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>f(u) of %1</source>
        <translation>%1 的 f(u)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>u = p/q</source>
        <translation>u = p/q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>f(u)</source>
        <translation>f(u)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its convex conjugate g(t)</source>
        <translation>它的凸共轭 g(t)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>g(t)</source>
        <translation>g(t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designing GANs: d(r)</source>
        <translation>设计 GAN：d(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>r = q/p</source>
        <translation>r = q/p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d(r)</source>
        <translation>d(r)</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/gan/f_divergence_panel.cpp" line="-121"/>
        <source>original GAN, t = log r</source>
        <translation>原始 GAN，t = log r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original GAN, t = r/(1 + r)</source>
        <translation>原始 GAN，t = r/(1 + r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exponential, t = ½ log r</source>
        <translation>指数型，t = ½ log r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSGAN, a = −1, b = 1</source>
        <translation>LSGAN，a = −1，b = 1</translation>
    </message>
</context>
<context>
    <name>kx::widgets::GanComparison</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_comparison.cpp" line="+110"/>
        <source>Compare losses</source>
        <translation>比较损失函数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare optimisers</source>
        <translation>比较优化器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adam β₁ = %1</source>
        <translation>Adam β₁ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD at rate %1, no momentum</source>
        <translation>SGD，学习率 %1，无动量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sliced W1 to the data</source>
        <translation>到数据的切片 W1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>generator step</source>
        <translation>生成器步数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>sliced W1</source>
        <translation>切片 W1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modes covered: a point cloud has none</source>
        <translation>覆盖的模式：点云没有模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modes covered</source>
        <translation>覆盖的模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modes / all</source>
        <translation>模式 / 全部</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>已停止：%2 次运行中完成了 %1 次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training %1 (%2 of %3)…</source>
        <translation>正在训练 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 diverged after step %2</source>
        <translation>%1 在第 %2 步之后发散</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 covered %2 of %3 modes</source>
        <translation>%1 覆盖了 %3 个模式中的 %2 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reached sliced W1 %2</source>
        <translation>%1 的切片 W1 达到 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At step %1: %2. %3</source>
        <translation>第 %1 步：%2。%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (after step %2)</source>
        <translation>%1（第 %2 步之后）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At step %1 every loss had diverged.</source>
        <translation>到第 %1 步，所有损失函数都已发散。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At step %1, lowest sliced W1: %2 (%3).</source>
        <translation>第 %1 步，切片 W1 最低：%2（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Most modes, %1 of %2: %3.</source>
        <translation>覆盖模式最多（%2 个中的 %1 个）：%3。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Diverged: %1.</source>
        <translation>发散：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Momentum made no difference to sliced W1.</source>
        <translation>动量对切片 W1 没有影响。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum ended farther from the data than no momentum.</source>
        <translation>有动量时最终离数据比无动量时更远。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum ended closer to the data than no momentum.</source>
        <translation>有动量时最终离数据比无动量时更近。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Momentum covered fewer modes than no momentum, as the essay says.</source>
        <translation>有动量时覆盖的模式比无动量时少，与文章所说一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum covered more modes than no momentum: the essay&apos;s claim did not show in this run.</source>
        <translation>有动量时覆盖的模式比无动量时多：这次运行没有出现文章所说的现象。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum made no difference to the modes covered in this run.</source>
        <translation>在这次运行中，动量对覆盖的模式数没有影响。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::GanComparisonDialog</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_comparison_dialog.cpp" line="+89"/>
        <source>Generator steps per run</source>
        <translation>每次运行的生成器步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each variant trains this many generator steps from the same initial weights</source>
        <translation>每个变体都从相同的初始权重出发，训练这么多生成器步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the two charts with the summary as PNG, SVG or PDF, or their curves as CSV</source>
        <translation>把两张图表连同总结保存为 PNG、SVG 或 PDF，或把曲线保存为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every loss of the lab, one after another, on the lab&apos;s data, seed, networks and optimisers. The f-GANs are dashed.</source>
        <translation>依次训练实验中的每个损失函数，使用实验当前的数据、种子、网络和优化器。f-GAN 用虚线表示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The energy GAN on the lab&apos;s data, seed and networks, with three generator optimisers: Adam with momentum (β₁ = 0.5), Adam without (β₁ = 0) and plain SGD at %1 times the lab&apos;s rate, which takes steps of about Adam&apos;s size. The energy essay says momentum overshoots the pits and collapses modes.</source>
        <translation>能量 GAN 使用实验当前的数据、种子和网络，生成器换用三种优化器：带动量的 Adam（β₁ = 0.5）、不带动量的 Adam（β₁ = 0），以及学习率为实验学习率 %1 倍的普通 SGD，这样它每步的步长与 Adam 大致相当。能量 GAN 一文认为动量会冲过坑底，导致模式坍缩。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run trains each variant from the lab&apos;s current settings, one after another.</source>
        <translation>“运行”会按实验当前的设置依次训练每个变体。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train every loss, or three generator optimisers, on these settings and compare their sample quality</source>
        <translation>用当前设置训练每个损失函数或三种生成器优化器，并比较它们的样本质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare losses…</source>
        <translation>比较损失函数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare optimisers…</source>
        <translation>比较优化器…</translation>
    </message>
</context>
<context>
    <name>kx::widgets::GanLab</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_lab.cpp" line="+77"/>
        <source>GAN energy</source>
        <translation>GAN 能量</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+130"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+3"/>
        <source>generator step</source>
        <translation>生成器步数</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample quality</source>
        <translation>样本质量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sliced W1</source>
        <translation>切片 W1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modes / all</source>
        <translation>模式 / 全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ fraction</source>
        <translation>高质量比例</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Losses (the first average comes at step %1)</source>
        <translation>损失（第一个平均值在第 %1 步给出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point cloud: sliced W1 %1</source>
        <translation>点云：切片 W1 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample quality: %1 of %2 modes, sliced W1 %3</source>
        <translation>样本质量：%2 个模式中覆盖 %1 个，切片 W1 %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Release particles</source>
        <translation>释放粒子</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The point cloud is the data: clear its points first to draw Gaussian points.</source>
        <translation>当前数据是点云：请先清除它的点，再手绘高斯点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 drawn points; the oldest was removed.</source>
        <translation>至多 %1 个手绘点；最早的一个已被移除。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>each of state.drawn must be [x, y] with finite numbers</source>
        <translation>state.drawn 中的每一项都必须是由有限数构成的 [x, y]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>state.drawn holds more than %1 points</source>
        <translation>state.drawn 中的点多于 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state.cloud: %1</source>
        <translation>state.cloud：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>state.weights: %1</source>
        <translation>state.weights：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no frames yet: run the training first</source>
        <translation>还没有帧：请先进行训练</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/gan/gan_lab.cpp" line="-324"/>
        <source>
&lt;h3&gt;GANs as energy: dig pits, then jump in&lt;/h3&gt;
&lt;p&gt;The discriminator D is read as an &lt;b&gt;energy landscape&lt;/b&gt; U = −D over the plane (heatmap and contours). Its update
&lt;i&gt;digs pits&lt;/i&gt; where the real samples (blue) sit and raises the ground under the generated ones (red); the
generator&apos;s update lets its samples &lt;i&gt;roll downhill&lt;/i&gt; into the pits — the arrows show where the generator&apos;s
loss pushes each sample. The orange mesh is the generator&apos;s manifold: the image G(z) of a grid in noise space.&lt;/p&gt;
&lt;p&gt;Losses (docs/math.md §4): the standard non-saturating GAN; &lt;b&gt;RSGAN&lt;/b&gt;, −log σ(D(x&lt;sub&gt;r&lt;/sub&gt;) − D(x&lt;sub&gt;f&lt;/sub&gt;));
&lt;b&gt;GAN-QP&lt;/b&gt;, whose critic maximises Δ − Δ²/(2λd(x&lt;sub&gt;r&lt;/sub&gt;, x&lt;sub&gt;f&lt;/sub&gt;)) with Δ = D(x&lt;sub&gt;r&lt;/sub&gt;) − D(x&lt;sub&gt;f&lt;/sub&gt;)
and whose generator minimises Δ; &lt;b&gt;WGAN-GP&lt;/b&gt; with the penalty λ(|∇D| − 1)² at interpolates; and the
&lt;b&gt;hinge&lt;/b&gt; loss max(0, 1 + U) on reals, max(0, 1 − U) on fakes.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;The energy GAN&lt;/b&gt; of the essays (§4.9, §4.13): the critic minimises E&lt;sub&gt;p&lt;/sub&gt;[U] − E&lt;sub&gt;q&lt;/sub&gt;[U] +
λ E&lt;sub&gt;p&lt;/sub&gt;‖∇&lt;sub&gt;x&lt;/sub&gt;U‖², a penalty centred on zero and taken at the &lt;i&gt;real&lt;/i&gt; samples, so the pits are flat
at the bottom; the generator minimises E&lt;sub&gt;z&lt;/sub&gt;[U(G(z))] + λ₂ E&lt;sub&gt;z&lt;/sub&gt;‖z − E(G(z))‖², whose second term
(through an encoder E trained with G) keeps the samples&apos; entropy up: λ₂ = 0 is the plain generator that only jumps
into the pits. &lt;b&gt;EBGAN&lt;/b&gt; keeps the fakes&apos; energy above a margin m, E&lt;sub&gt;p&lt;/sub&gt;[U] + E&lt;sub&gt;q&lt;/sub&gt;[max(0, m − U)];
&lt;b&gt;LSGAN&lt;/b&gt; is the least-squares pair of &quot;Designing GANs&quot; (§4.11); the &lt;b&gt;f-GANs&lt;/b&gt; (§4.10) pass the critic T
through an output activation and maximise E&lt;sub&gt;p&lt;/sub&gt;[T] − E&lt;sub&gt;q&lt;/sub&gt;[g(T)], g the convex conjugate of f: total
variation, KL, reverse KL, Pearson and Neyman χ², squared Hellinger, Jensen–Shannon.&lt;/p&gt;
&lt;p&gt;Run trains on a worker thread; &lt;b&gt;Step D&lt;/b&gt; and &lt;b&gt;Step G&lt;/b&gt; update one network once, so the digging and the
jumping can be watched apart; slow motion shows every step; Restart returns to the same initial weights.
Training that diverges (NaN or exploding losses) stops and says so. Shift-click the plane to draw your own data
(a small Gaussian at each point), or use a point cloud as the data: &lt;b&gt;Open point cloud…&lt;/b&gt; reads a CSV file
of x,y lines, and &lt;b&gt;Draw&lt;/b&gt; sprays points with the mouse; the real batches are then drawn from your points.&lt;/p&gt;
&lt;p&gt;Sources: &lt;a href=&quot;https://kexue.fm/archives/6316&quot;&gt;kexue.fm/archives/6316&lt;/a&gt;, 6331 (energy view),
&lt;a href=&quot;https://kexue.fm/archives/6163&quot;&gt;6163&lt;/a&gt; (GAN-QP), &lt;a href=&quot;https://kexue.fm/archives/6110&quot;&gt;6110&lt;/a&gt; (RSGAN),
&lt;a href=&quot;https://kexue.fm/archives/6016&quot;&gt;6016&lt;/a&gt; (f-GAN), &lt;a href=&quot;https://kexue.fm/archives/7210&quot;&gt;7210&lt;/a&gt; (Designing GANs).&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;GAN 的能量视角：先挖坑，再跳坑&lt;/h3&gt;
&lt;p&gt;把判别器 D 看作平面上的&lt;b&gt;能量地形&lt;/b&gt; U = −D（热图与等高线）。判别器的更新在真实样本（蓝色）所在处
&lt;i&gt;挖坑&lt;/i&gt;，并抬高生成样本（红色）脚下的地面；生成器的更新让它的样本&lt;i&gt;滚下坡&lt;/i&gt;落入坑中 — 箭头显示生成器的
损失把每个样本推向何处。橙色网格是生成器的流形：噪声空间中一个网格的像 G(z)。&lt;/p&gt;
&lt;p&gt;损失函数（docs/math.md §4）：标准的非饱和 GAN；&lt;b&gt;RSGAN&lt;/b&gt;，−log σ(D(x&lt;sub&gt;r&lt;/sub&gt;) − D(x&lt;sub&gt;f&lt;/sub&gt;))；
&lt;b&gt;GAN-QP&lt;/b&gt;，其判别器最大化 Δ − Δ²/(2λd(x&lt;sub&gt;r&lt;/sub&gt;, x&lt;sub&gt;f&lt;/sub&gt;))，其中 Δ = D(x&lt;sub&gt;r&lt;/sub&gt;) − D(x&lt;sub&gt;f&lt;/sub&gt;)，
生成器最小化 Δ；&lt;b&gt;WGAN-GP&lt;/b&gt;，在插值点上加惩罚 λ(|∇D| − 1)²；以及
&lt;b&gt;hinge&lt;/b&gt; 损失：真实样本上 max(0, 1 + U)，生成样本上 max(0, 1 − U)。&lt;/p&gt;
&lt;p&gt;文中的&lt;b&gt;能量 GAN&lt;/b&gt;（§4.9、§4.13）：判别器最小化 E&lt;sub&gt;p&lt;/sub&gt;[U] − E&lt;sub&gt;q&lt;/sub&gt;[U] +
λ E&lt;sub&gt;p&lt;/sub&gt;‖∇&lt;sub&gt;x&lt;/sub&gt;U‖²，惩罚以零为中心、取在&lt;i&gt;真实&lt;/i&gt;样本处，使坑底平坦；生成器最小化
E&lt;sub&gt;z&lt;/sub&gt;[U(G(z))] + λ₂ E&lt;sub&gt;z&lt;/sub&gt;‖z − E(G(z))‖²，第二项（通过与 G 一同训练的编码器 E）保持样本的熵：
λ₂ = 0 即只会跳坑的普通生成器。&lt;b&gt;EBGAN&lt;/b&gt; 让生成样本的能量高于间隔 m：E&lt;sub&gt;p&lt;/sub&gt;[U] + E&lt;sub&gt;q&lt;/sub&gt;[max(0, m − U)]；
&lt;b&gt;LSGAN&lt;/b&gt; 是《设计 GAN》中的最小二乘对（§4.11）；&lt;b&gt;f-GAN&lt;/b&gt;（§4.10）让判别器 T 经过输出激活，最大化
E&lt;sub&gt;p&lt;/sub&gt;[T] − E&lt;sub&gt;q&lt;/sub&gt;[g(T)]，g 为 f 的凸共轭：全变差、KL、反向 KL、Pearson 与 Neyman χ²、平方 Hellinger、
Jensen–Shannon。&lt;/p&gt;
&lt;p&gt;“运行”在工作线程上训练；&lt;b&gt;单步 D&lt;/b&gt; 与&lt;b&gt;单步 G&lt;/b&gt; 只把一个网络更新一次，以便分开观察挖坑与
跳坑；慢动作显示每一步；“重新开始”回到相同的初始权重。
发散的训练（NaN 或损失爆炸）会停止并给出说明。Shift+单击平面可手绘自己的数据
（在每个点处放一个小高斯），也可以用一个点云作为数据：&lt;b&gt;打开点云…&lt;/b&gt; 读取每行 x,y 的 CSV 文件，
&lt;b&gt;绘制&lt;/b&gt; 用鼠标喷洒点；此后真实样本的批次都从你的点中抽取。&lt;/p&gt;
&lt;p&gt;来源：&lt;a href=&quot;https://kexue.fm/archives/6316&quot;&gt;kexue.fm/archives/6316&lt;/a&gt;、6331（能量视角），
&lt;a href=&quot;https://kexue.fm/archives/6163&quot;&gt;6163&lt;/a&gt;（GAN-QP），&lt;a href=&quot;https://kexue.fm/archives/6110&quot;&gt;6110&lt;/a&gt;（RSGAN），
&lt;a href=&quot;https://kexue.fm/archives/6016&quot;&gt;6016&lt;/a&gt;（f-GAN），&lt;a href=&quot;https://kexue.fm/archives/7210&quot;&gt;7210&lt;/a&gt;（设计 GAN）。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>kx::widgets::GanSamplingChart</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_sampling_chart.cpp" line="+32"/>
        <source>Particles: %1 of %2 modes, sliced W1 %3</source>
        <translation>粒子：%2 个模式中覆盖 %1 个，切片 W1 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Particles: sliced W1 %1</source>
        <translation>粒子：切片 W1 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langevin step (dashed: G&apos;s samples)</source>
        <translation>朗之万步（虚线：G 的样本）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sliced W1</source>
        <translation>切片 W1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modes</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ</source>
        <translation>高质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>接受率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G: sliced W1</source>
        <translation>G：切片 W1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G: modes</source>
        <translation>G：模式</translation>
    </message>
</context>
<context>
    <name>kx::widgets::GanSurfaceView</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_surface_view.cpp" line="+31"/>
        <source>Drag: orbit · wheel: zoom</source>
        <translation>拖动：旋转视角 · 滚轮：缩放</translation>
    </message>
</context>
<context>
    <name>kx::widgets::GanView</name>
    <message>
        <location filename="../../widgets/labs/gan/gan_view.cpp" line="+26"/>
        <source>generator step %1 · discriminator step %2</source>
        <translation>生成器第 %1 步 · 判别器第 %2 步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Langevin step %1 of %2</source>
        <translation>朗之万第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · acceptance %1</source>
        <translation> · 接受率 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shift-click: draw a data point (a small Gaussian) · Ctrl-click: release Langevin particles there · with Draw on, drag: spray a point cloud · drag: pan · wheel: zoom · double-click: reset view</source>
        <translation>Shift 点击：绘制一个数据点（一个小高斯）· Ctrl 点击：在此释放朗之万粒子 · 开启绘制时拖动：喷洒点云 · 拖动：平移 · 滚轮：缩放 · 双击：重置视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step D</source>
        <translation>单步 D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One discriminator update only: watch the pits being dug</source>
        <translation>只更新一次判别器：观察“挖坑”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step G</source>
        <translation>单步 G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One generator update only: watch the samples roll downhill</source>
        <translation>只更新一次生成器：观察样本“滚下坡”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture after every generator step</source>
        <translation>每个生成器步之后都画一幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the same initial weights (same seed), keeping the parameters</source>
        <translation>回到相同的初始权重（相同种子），参数保持不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear drawn data</source>
        <translation>清除手绘数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the shift-clicked Gaussian points</source>
        <translation>移除用 Shift+单击画出的高斯点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every landscape of this run as an MP4, WebM or GIF video or as numbered PNG files</source>
        <translation>将本次运行的每个能量地形保存为 MP4、WebM 或 GIF 视频，或编号的 PNG 文件</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Landscape</source>
        <translation>能量地形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D landscape</source>
        <translation>三维地形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f and g</source>
        <translation>f 与 g</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open point cloud</source>
        <translation>打开点云</translation>
    </message>
</context>
<context>
    <name>kx::widgets::Lab</name>
    <message>
        <location filename="../../widgets/lab/lab.cpp" line="+31"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this figure has no animation</source>
        <translation>此图没有动画</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Reset parameters</source>
        <translation>重置参数</translation>
    </message>
</context>
<context>
    <name>kx::widgets::LabList</name>
    <message>
        <location filename="../../widgets/shell/lab_list.cpp" line="+19"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>computing</source>
        <translation>计算中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps training while another lab is shown, until you open it and pause it.</source>
        <translation>切换到其他实验时继续训练，直到您回到此实验并暂停。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pauses its animation while another lab is shown.</source>
        <translation>切换到其他实验时暂停动画。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::MainWindow</name>
    <message>
        <location filename="../../widgets/shell/main_window.cpp" line="+52"/>
        <location filename="../../widgets/shell/main_window_language.cpp" line="+71"/>
        <source>Kexue Lab</source>
        <translation>科学空间实验室</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running computation (Esc)</source>
        <translation>停止正在进行的计算（Esc）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compute: the worker&apos;s time for the last chunk of the job · draw: the window&apos;s time to show its frame (scenes and charts built, changed widgets painted)</source>
        <translation>计算：工作线程完成任务最近一块所用的时间 · 绘制：窗口显示这一帧所用的时间（构建场景和图表，重绘有变化的控件）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;OpenGL 3.3 is unavailable&lt;/b&gt; (%1). The plots show their axes, curves and markers but not their fields, points and arrows; charts, parameters, sessions and data export work as usual.</source>
        <translation>&lt;b&gt;OpenGL 3.3 不可用&lt;/b&gt;（%1）。图中只显示坐标轴、曲线和标记，不显示场、点和箭头；图表、参数、会话和数据导出照常可用。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Labs</source>
        <translation>实验列表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Kexue Lab session (*.json)</source>
        <translation>科学空间实验室会话 (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 no longer exists; it was removed from File &gt; Open Recent.</source>
        <translation>%1 已不存在，已从“文件 &gt; 最近打开”中移除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export figure…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the lab animated as an MP4, WebM or GIF video or as PNG frames (Ctrl+Shift+E)</source>
        <translation>将实验室的动画写为 MP4、WebM 或 GIF 视频，或 PNG 帧序列（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the lab (F5); labs that compute once recompute</source>
        <translation>运行实验（F5）；一次性计算的实验会重新计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance one step (F7)</source>
        <translation>前进一步（F7）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;set</source>
        <translation>重置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the lab&apos;s defaults (Ctrl+R; undoable)</source>
        <translation>恢复实验的默认参数（Ctrl+R，可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Kexue Lab</source>
        <translation>关于科学空间实验室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Kexue Lab %1&lt;/b&gt;&lt;p&gt;Live, exact figures of the mathematics in the &lt;a href=&quot;https://kexue.fm&quot;&gt;Scientific Spaces&lt;/a&gt; essays.&lt;/p&gt;</source>
        <translation>&lt;b&gt;科学空间实验室 %1&lt;/b&gt;&lt;p&gt;为&lt;a href=&quot;https://kexue.fm&quot;&gt;科学空间&lt;/a&gt;文章中的数学绘制实时、精确的图示。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kexue Lab</source>
        <translation>关于科学空间实验室(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>compute %1 ms · draw %2 ms</source>
        <translation>计算 %1 ms · 绘制 %2 ms</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../../widgets/shell/main_window_language.cpp" line="+0"/>
        <source>Kexue Lab — %1</source>
        <translation>科学空间实验室 — %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: unknown lab &apos;%2&apos; (known: %3)</source>
        <translation>%1：未知的实验“%2”（可用：%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../widgets/shell/main_window_figures.cpp" line="+33"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset lab</source>
        <translation>重置实验</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window_figures.cpp" line="-15"/>
        <source>F&amp;igures</source>
        <translation>原文图(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window_language.cpp" line="-48"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No translation for &apos;%1&apos;.</source>
        <translation>没有“%1”的翻译。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::MessageBar</name>
    <message>
        <location filename="../../widgets/shell/message_bar.cpp" line="+56"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>kx::widgets::OutcomeMapWidget</name>
    <message>
        <location line="+13"/>
        <source>Where the current parameters sit among the four outcomes of the competition model (σ₁ = a₁N₂/r₁, σ₂ = a₂N₁/r₂). A hollow dot means the point lies beyond the map.</source>
        <translation>当前参数在竞争模型四种结局中的位置（σ₁ = a₁N₂/r₁，σ₂ = a₂N₁/r₂）。空心点表示该点超出图的范围。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::ParamPanel</name>
    <message>
        <location filename="../../widgets/panel/param_panel.cpp" line="+52"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range: %1 to %2 (log scale)</source>
        <translation>范围：%1 到 %2（对数刻度）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Range: %1 to %2</source>
        <translation>范围：%1 到 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values for --set: %1</source>
        <translation>--set 的取值：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reset %1 to %2</source>
        <translation>将 %1 重置为 %2</translation>
    </message>
</context>
<context>
    <name>kx::widgets::PointBrush</name>
    <message>
        <location filename="../../widgets/cloud/point_brush.cpp" line="+20"/>
        <source>A point cloud holds at most %1 points: the rest of the stroke was left out.</source>
        <translation>一个点云最多容纳 %1 个点：这一笔其余的点未被加入。</translation>
    </message>
</context>
<context>
    <name>kx::widgets::PointCloudBar</name>
    <message>
        <location filename="../../widgets/cloud/point_cloud_bar.cpp" line="+30"/>
        <source>Open point cloud…</source>
        <translation>打开点云…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use your own data: a CSV file with one point x,y per line (a header line is allowed; at most %1 points). On an error the previous data stay and the message names the line</source>
        <translation>使用你自己的数据：CSV 文件，每行一个点 x,y（可以有一行表头；最多 %1 个点）。出错时保留原来的数据，并在消息中指出出错的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw your own points: while this is on, drag on the plot to spray points inside the brush&apos;s disc (a click leaves one point). Each stroke adds to the drawn points, which become the data like an opened CSV file. The wheel still zooms; turn Draw off to pan</source>
        <translation>手绘你自己的点：开启时，在图上拖动即可在画笔的圆盘内喷洒点（单击留下一个点）。每一笔都加入已绘制的点，它们像打开的 CSV 文件一样成为数据。滚轮仍可缩放；关闭“绘制”后才能平移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size </source>
        <translation>大小 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The brush&apos;s radius in data units: points land uniformly in this disc around the cursor</source>
        <translation>画笔的半径（数据单位）：点均匀地落在光标周围的这个圆盘内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>density </source>
        <translation>密度 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per unit of length dragged</source>
        <translation>每拖动单位长度放置的点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear points</source>
        <translation>清除点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the opened or drawn point cloud</source>
        <translation>移除打开或绘制的点云</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a point cloud</source>
        <translation>打开点云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>kx::widgets::RecentMenu</name>
    <message>
        <location filename="../../widgets/shell/recent_menu.cpp" line="+17"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent sessions</source>
        <translation>没有最近的会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kx::widgets::VaeCharts</name>
    <message>
        <location filename="../../widgets/labs/vae/vae_charts.cpp" line="+73"/>
        <source>Held-out loss (nats per image)</source>
        <translation>留出集损失（每幅图像的 nat 数）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>nats</source>
        <translation>nat</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>−ELBO</source>
        <translation>−ELBO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recon</source>
        <translation>重构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL term (held out)</source>
        <translation>KL 项（留出集）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL(q(z|x) ‖ N(0, I))</source>
        <translation>KL(q(z|x) ‖ N(0, I))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent dimension</source>
        <translation>隐变量维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL (nats)</source>
        <translation>KL（nat）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>floor τ/2</source>
        <translation>下限 τ/2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>KL per latent dimension</source>
        <translation>各隐变量维度的 KL</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>KL per dimension: %1 of %2 active</source>
        <translation>各维度的 KL：%2 维中 %1 维活跃</translation>
    </message>
</context>
<context>
    <name>kx::widgets::VaeLab</name>
    <message>
        <location filename="../../widgets/labs/vae/vae_figure.cpp" line="+55"/>
        <source>Manifold over normal quantiles</source>
        <translation>正态分位数上的流形</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interpolation A → B (%1)</source>
        <translation>插值 A → B（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spherical</source>
        <translation>球面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Originals and reconstructions</source>
        <translation>原图与重构</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/vae/vae_lab.cpp" line="+43"/>
        <source>VAE</source>
        <translation>变分自编码器</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The data set was not opened (the current one stays): %1</source>
        <translation>未能打开该数据集（仍使用当前数据集）：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 and %2: %3 images of %4 × %5</source>
        <translation>%1 与 %2：%3 幅 %4 × %5 的图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Embedded digits: %1 images of 28 × 28 generated by the app from pen strokes (not MNIST)</source>
        <translation>内置手写数字：由本程序根据笔画生成的 %1 幅 28 × 28 图像（不是 MNIST）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — loading the new files…</source>
        <translation> — 正在加载新文件…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Pick two points in the scatter first: the morph runs between them</source>
        <translation>请先在散点图中选取两个点：变形在两点之间进行</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/vae/vae_lab.cpp" line="-267"/>
        <source>
&lt;h3&gt;Variational autoencoders: train one, then walk its latent space&lt;/h3&gt;
&lt;p&gt;An encoder maps an image x to a Gaussian q(z|x) = N(μ(x), σ²(x)); a decoder maps a code z back to pixel
probabilities (Bernoulli) or means (Gaussian). Training minimises minus the ELBO,
E[−log q(x|z)] + KL(q(z|x) ‖ N(0, I)), with z = μ + σ·ε sampled by reparameterisation; the KL of a diagonal
Gaussian is ½ Σ (μ² + σ² − log σ² − 1) (docs/math.md §5.1).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; By default the lab trains on &lt;b&gt;embedded digits&lt;/b&gt;: 10,000 digits of 28 × 28 pixels that the app
draws itself from jittered pen strokes (varied slant, size and thickness, anti-aliased). They are generated, not
MNIST: cleaner than handwriting, so the losses are lower. &lt;b&gt;Open IDX…&lt;/b&gt; loads MNIST or Fashion-MNIST files
(gzip or plain) and &lt;b&gt;Download MNIST&lt;/b&gt; fetches MNIST (checksums verified, kept in a cache); the last “held
out” images are never trained on.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Latent scatter.&lt;/b&gt; The held-out images&apos; posterior means, coloured by label; beyond two dimensions, their
first two principal components. Hover a point to see its image; click two points to pick the ends A and B of an
interpolation — linear, or spherical (the direction turns along the great circle while the norm changes linearly,
docs/math.md §5.3) — shown as a strip and as an animated morph. For a 2D latent the manifold panel decodes a grid of
codes at the normal quantiles, so each cell covers the same prior probability.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;KL vanishing.&lt;/b&gt; The bars show the KL of each latent dimension: a dimension with KL below 0.01 nats is
inactive (the decoder ignores it). Trained long enough, a plain VAE with a 64-dimensional latent leaves many
inactive. The
&lt;b&gt;VAE+BN&lt;/b&gt; recipe (§5.2) batch-normalises μ and σ with γ&lt;sub&gt;μ&lt;/sub&gt;² = τ + (1 − τ)·sigmoid(θ) and
γ&lt;sub&gt;σ&lt;/sub&gt;² = 1 − γ&lt;sub&gt;μ&lt;/sub&gt;², which puts a floor of τ/2 under every dimension&apos;s KL: no unit can vanish.&lt;/p&gt;
&lt;p&gt;Sources: &lt;a href=&quot;https://kexue.fm/archives/5253&quot;&gt;kexue.fm/archives/5253&lt;/a&gt;,
&lt;a href=&quot;https://kexue.fm/archives/5343&quot;&gt;5343&lt;/a&gt; (VAE basics), &lt;a href=&quot;https://kexue.fm/archives/7381&quot;&gt;7381&lt;/a&gt;
(VAE + BN).&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;变分自编码器：训练一个，再漫游它的隐空间&lt;/h3&gt;
&lt;p&gt;编码器把图像 x 映射为高斯分布 q(z|x) = N(μ(x), σ²(x))；解码器把编码 z 映射回像素概率（伯努利）或均值（高斯）。训练最小化负 ELBO，即E[−log q(x|z)] + KL(q(z|x) ‖ N(0, I))，其中 z = μ + σ·ε 由重参数化采样；对角高斯的 KL 为½ Σ (μ² + σ² − log σ² − 1)（docs/math.md §5.1）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;数据。&lt;/b&gt;默认情况下本实验在&lt;b&gt;内置数字&lt;/b&gt;上训练：程序自己用带抖动的笔画绘制的 10,000 个28 × 28 像素数字（倾斜、大小和粗细各不相同，抗锯齿）。它们是生成的，不是 MNIST：比手写更整洁，所以损失更低。&lt;b&gt;打开 IDX…&lt;/b&gt; 可载入 MNIST 或 Fashion-MNIST 文件（gzip 或未压缩），&lt;b&gt;下载 MNIST&lt;/b&gt; 会下载 MNIST（校验和经过验证，并保存在缓存中）；最后的“留出集”图像从不参与训练。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;隐空间散点图。&lt;/b&gt;留出集图像的后验均值，按标签着色；维数超过二时显示前两个主成分。鼠标悬停在点上可看到对应图像；单击两个点选定插值的两端 A 和 B——线性插值，或球面插值（方向沿大圆转动，范数线性变化，docs/math.md §5.3）——以图像条和动画变形显示。二维隐空间时，流形面板在正态分位数上解码一个编码网格，使每个格子覆盖相同的先验概率。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;KL 消失。&lt;/b&gt;柱状图显示每个隐变量维度的 KL：KL 低于 0.01 nat 的维度是不活跃的（解码器忽略它）。训练足够久之后，64 维隐空间的普通 VAE 会留下许多不活跃的维度。&lt;b&gt;VAE+BN&lt;/b&gt; 方法（§5.2）对 μ 和 σ做批归一化，令 γ&lt;sub&gt;μ&lt;/sub&gt;² = τ + (1 − τ)·sigmoid(θ)、γ&lt;sub&gt;σ&lt;/sub&gt;² = 1 − γ&lt;sub&gt;μ&lt;/sub&gt;²，从而给每个维度的 KL 加上 τ/2 的下限：没有单元会消失。&lt;/p&gt;
&lt;p&gt;来源：&lt;a href=&quot;https://kexue.fm/archives/5253&quot;&gt;kexue.fm/archives/5253&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/5343&quot;&gt;5343&lt;/a&gt;（VAE 基础）、&lt;a href=&quot;https://kexue.fm/archives/7381&quot;&gt;7381&lt;/a&gt;（VAE + BN）。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>kx::widgets::VaeView</name>
    <message>
        <location filename="../../widgets/labs/vae/vae_view.cpp" line="+51"/>
        <location line="+248"/>
        <source>trained %1 epochs</source>
        <translation>已训练 %1 轮</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+249"/>
        <source>epoch %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+261"/>
        <source>the session&apos;s model; Run trains on</source>
        <translation>会话中的模型；“运行”将继续训练</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+262"/>
        <source>untrained; Run (F5) trains</source>
        <translation>未训练；“运行”（F5）开始训练</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Open IDX…</source>
        <translation>打开 IDX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on MNIST or Fashion-MNIST: pick an images file, then its labels file (gzip or plain)</source>
        <translation>在 MNIST 或 Fashion-MNIST 上训练：先选择图像文件，再选择对应的标签文件（gzip 压缩或未压缩）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download MNIST&apos;s 60,000 training digits (9.9 MB) from the usual mirrors, check their MD5 checksums and keep them in the cache: next time they load without a download</source>
        <translation>从常用镜像下载 MNIST 的 60,000 个训练数字（9.9 MB），校验其 MD5 并保存在缓存中：下次无需再下载即可载入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedded digits</source>
        <translation>内置数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the digits the app generates itself (not MNIST)</source>
        <translation>回到本程序自己生成的数字（不是 MNIST）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the current epoch</source>
        <translation>当前轮次的进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover a point: its image · click two points: the ends A and B of the interpolation · drag: pan · wheel: zoom · double-click: reset view</source>
        <translation>悬停在点上：显示其图像 · 单击两个点：插值的两端 A 与 B · 拖动：平移 · 滚轮：缩放 · 双击：重置视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spherical</source>
        <translation>球面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear: the straight line between the codes. Spherical: along the great circle, the norm changing linearly (it avoids the low-norm middle where codes rarely lie)</source>
        <translation>线性：编码之间的直线。球面：沿大圆插值，范数线性变化（避开编码很少出现的低范数中部）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images in the strip, both ends included</source>
        <translation>条带中的图像数，含两端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animate</source>
        <translation>动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the morph from A to B and back</source>
        <translation>从 A 到 B 再回到 A 播放变形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the morph as an MP4, WebM or GIF video or as numbered PNG files</source>
        <translation>将渐变动画保存为 MP4、WebM 或 GIF 视频，或编号的 PNG 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation A → B</source>
        <translation>插值 A → B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morph</source>
        <translation>变形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals, reconstructions below</source>
        <translation>原图（下方为重构）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifold: decoded codes at normal quantiles</source>
        <translation>流形：在正态分位数处解码的编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstructions</source>
        <translation>重构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifold</source>
        <translation>流形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KL of each latent dimension on the held-out images. Below 0.01 nats a dimension is inactive: the decoder ignores it (KL vanishing). VAE+BN keeps every dimension above τ/2 (docs/math.md §5.2)</source>
        <translation>留出集图像上每个隐变量维度的 KL。低于 0.01 nat 的维度为不活跃：解码器忽略它（KL 消失）。VAE+BN 使每个维度都高于 τ/2（docs/math.md §5.2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The download failed; the current data set stays. %1</source>
        <translation>下载失败，当前数据集保持不变。%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>held-out image %1, label %2</source>
        <translation>留出集图像 %1，标签 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The manifold grid needs a 2D latent: set the latent size to 2.</source>
        <translation>流形网格需要二维隐变量：请把隐变量维数设为 2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ends&apos; posteriors: no finite distance (a variance underflowed to 0).</source>
        <translation>两端的后验：无有限距离（某个方差下溢为 0）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ends&apos; posteriors q(z|A), q(z|B): KL(A‖B) %1 · KL(B‖A) %2 · Bhattacharyya %3 · W₂² %4 (nats; W₂² in squared latent units)</source>
        <translation>两端的后验 q(z|A)、q(z|B)：KL(A‖B) %1 · KL(B‖A) %2 · Bhattacharyya %3 · W₂² %4（单位为奈特；W₂² 为隐空间单位的平方）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now click the second point (B).</source>
        <translation>现在单击第二个点（B）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click two points in the scatter: the ends A and B of the interpolation.</source>
        <translation>在散点图中单击两个点：插值的两端 A 与 B。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)</source>
        <translation>IDX 文件 (*-ubyte *-ubyte.gz *.idx *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the images file (IDX)</source>
        <translation>打开图像文件（IDX）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the matching labels file (IDX)</source>
        <translation>打开对应的标签文件（IDX）</translation>
    </message>
</context>
<context>
    <name>kx::widgets::WalkCharts</name>
    <message>
        <location filename="../../widgets/labs/walk/walk_charts.cpp" line="-305"/>
        <source>binomial</source>
        <translation>二项分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binomial with images</source>
        <translation>二项分布（镜像法）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cauchy</source>
        <translation>柯西分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ornstein–Uhlenbeck</source>
        <translation>Ornstein–Uhlenbeck</translation>
    </message>
</context>
<context>
    <name>kx::widgets::WalkConvergenceChart</name>
    <message>
        <location filename="../../widgets/labs/walk/walk_convergence_chart.cpp" line="+27"/>
        <source>Path integral: error against the number of kernels</source>
        <translation>路径积分：误差与核的个数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernels N (Δt = t/N)</source>
        <translation>核的个数 N（Δt = t/N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max |composed − closed form| / peak</source>
        <translation>max |复合 − 闭式| / 峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composed kernels</source>
        <translation>复合核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∝ 1/N</source>
        <translation>∝ 1/N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∝ 1/N²</source>
        <translation>∝ 1/N²</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>potential ω = %1, against Mehler&apos;s kernel</source>
        <translation>势 ω = %1，对照 Mehler 核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euler kernels of the pull k = %1, against the exact law</source>
        <translation>拉力 k = %1 的欧拉核，对照精确分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with the barrier, against the image solution</source>
        <translation>带壁垒，对照镜像解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free walk: Gaussian kernels compose exactly</source>
        <translation>自由游走：高斯核精确复合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path integral: the kernels&apos; convergence shows from step 2 of a 1D walk with a variance</source>
        <translation>路径积分：核的收敛从有方差的一维游走的第 2 步起显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path integral, %1: order %2</source>
        <translation>路径积分，%1：阶数 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path integral, %1</source>
        <translation>路径积分，%1</translation>
    </message>
</context>
<context>
    <name>kx::widgets::WalkLab</name>
    <message>
        <location filename="../../widgets/labs/walk/walk_figure.cpp" line="+44"/>
        <source>No walk computed yet.</source>
        <translation>尚未计算游走。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no steps walked yet: run the walk first</source>
        <translation>尚未行走任何步：请先运行随机游走</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/walk/walk_lab.cpp" line="+59"/>
        <source>Random walk</source>
        <translation>随机游走</translation>
    </message>
    <message>
        <location filename="../../widgets/labs/walk/walk_lab.cpp" line="-46"/>
        <source>
&lt;h3&gt;Random walks: from coin flips to the normal law&lt;/h3&gt;
&lt;p&gt;Each walker starts at 0 and takes n independent steps. On the &lt;b&gt;lattice&lt;/b&gt; a step is +1 with probability p
and −1 otherwise, so S&lt;sub&gt;n&lt;/sub&gt; has the binomial law
P(S&lt;sub&gt;n&lt;/sub&gt; = k) = C(n, (n+k)/2) p&lt;sup&gt;(n+k)/2&lt;/sup&gt;(1−p)&lt;sup&gt;(n−k)/2&lt;/sup&gt;.
Continuous steps may be Gaussian, uniform or &lt;b&gt;Cauchy&lt;/b&gt; (heavy-tailed, no variance).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Central limit:&lt;/b&gt; with finite step variance σ², S&lt;sub&gt;n&lt;/sub&gt; is close to the normal law N(nμ, nσ²); the
Kolmogorov–Smirnov distance falls like n&lt;sup&gt;−1/2&lt;/sup&gt; (Berry–Esseen) until it meets the sampling floor ≈ 1/√N of
N walkers. A sum of Cauchy steps is Cauchy again with n times the scale: it never becomes normal.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Diffusion:&lt;/b&gt; the mean-square displacement grows linearly, ⟨|X&lt;sub&gt;t&lt;/sub&gt;|²⟩ = 2dDt in d dimensions; the density
of walkers approaches the heat kernel, a Gaussian whose variance grows linearly in time.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;The essay&apos;s derivation&lt;/b&gt; (page &lt;i&gt;Characteristic function&lt;/i&gt;): one ±1 step has characteristic function
E e&lt;sup&gt;iωX&lt;/sup&gt; = cos ω, so n steps have cos&lt;sup&gt;n&lt;/sup&gt;ω. With ω = u/√n, ln cos(u/√n) = −u²/(2n) − u⁴/(12n²) − …,
hence cos&lt;sup&gt;n&lt;/sup&gt;(u/√n) → e&lt;sup&gt;−u²/2&lt;/sup&gt;: the characteristic function of the normal law (in the essay&apos;s units
cos&lt;sup&gt;t/Δt&lt;/sup&gt;(ωΔs) → exp(−αtω²/2) when Δs² = αΔt). The walkers&apos; own mean of cos ωx sits on the curve. Going back,
P(S&lt;sub&gt;n&lt;/sub&gt; = k) = (1/2π)∫cos&lt;sup&gt;n&lt;/sup&gt;ω e&lt;sup&gt;−ikω&lt;/sup&gt;dω; the integrand is a trigonometric polynomial of degree
n + |k|, so the trapezoid rule on more than n + |k| nodes is exact, and the table shows it returning the binomial law
(n = 10, k = 2: 0.205078125). The true Kolmogorov–Smirnov distance of the lattice law to the normal, taken on both
sides of each jump, is about 1/√(2πn) (0.123 at n = 10); the distance measured at bin edges is continuity-corrected
and much smaller, and is labelled so.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Path integral:&lt;/b&gt; the propagator after time t is the composition of many short-time Gaussian kernels
(Chapman–Kolmogorov); with an absorbing or reflecting barrier the closed form follows from the method of images.
With a potential V = ω²x²/2 each slice also carries e&lt;sup&gt;−VΔt&lt;/sup&gt; and the composition converges, at second order
in Δt for the symmetric split, to Mehler&apos;s kernel √(ω/(2π sinh ωt)) exp(−ωx² coth(ωt)/2). Set &lt;i&gt;Potential ω&lt;/i&gt; to
see it: the chart shows the kernels and Mehler&apos;s per unit mass (the walkers do not feel the potential), and the page
&lt;i&gt;Path integral&lt;/i&gt; plots their error against the number of kernels on log–log axes.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Bernoulli&apos;s products&lt;/b&gt; (page &lt;i&gt;Bernoulli products&lt;/i&gt;): at the origin the harmonic kernel divided by the free
one is √(ωt / sinh ωt), a product over the path&apos;s Fourier modes, because sinh x / x = ∏(1 + x²/(n²π²)) (and
sin x / x = ∏(1 − x²/(n²π²))). The page shows the partial products converging as modes are added, and their
logarithmic derivatives Σ 1/(n² + ω²) = (πω coth πω − 1)/(2ω²) and Σ 1/(n² − ω²) = (1 − πω cot πω)/(2ω²), the second
with poles at integer ω; both tend to ζ(2) = π²/6 as ω → 0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Ornstein–Uhlenbeck walk:&lt;/b&gt; dx = −kx dt + √α dW. Each step is the exact update x ← e&lt;sup&gt;−k&lt;/sup&gt;x +
√(α(1 − e&lt;sup&gt;−2k&lt;/sup&gt;)/(2k))·n, so the walkers follow N(x₀e&lt;sup&gt;−kt&lt;/sup&gt;, α(1 − e&lt;sup&gt;−2kt&lt;/sup&gt;)/(2k)) at every
step: the spread settles at α/(2k). Its path integral composes Euler kernels N(x; (1 − kΔt)y, αΔt), which converge
to that law at first order in Δt.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (F5) plays the walk at the chosen speed; pause, step (F7) and the slider revisit any step already
computed. The space-time picture shows the highlighted walkers&apos; paths, the cloud of all walkers at the current step
and the ±1, ±2 standard-deviation envelopes.&lt;/p&gt;
&lt;p&gt;Sources (docs/math.md §2): &lt;a href=&quot;https://kexue.fm/archives/2573&quot;&gt;kexue.fm/archives/2573&lt;/a&gt; (the basic formula),
&lt;a href=&quot;https://kexue.fm/archives/2609&quot;&gt;kexue.fm/archives/2609&lt;/a&gt; (random walks and the path integral), and the
companions &lt;a href=&quot;https://kexue.fm/archives/3750&quot;&gt;3750&lt;/a&gt;, &lt;a href=&quot;https://kexue.fm/archives/3757&quot;&gt;3757&lt;/a&gt;.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;随机游走：从抛硬币到正态分布&lt;/h3&gt;
&lt;p&gt;每个游走者从 0 出发，走 n 个独立的步。在&lt;b&gt;格点&lt;/b&gt;上，每一步以概率 p 为 +1、否则为 −1，因此 S&lt;sub&gt;n&lt;/sub&gt; 服从二项分布
P(S&lt;sub&gt;n&lt;/sub&gt; = k) = C(n, (n+k)/2) p&lt;sup&gt;(n+k)/2&lt;/sup&gt;(1−p)&lt;sup&gt;(n−k)/2&lt;/sup&gt;。
连续步长可以是高斯、均匀或&lt;b&gt;柯西&lt;/b&gt;分布（重尾，没有方差）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;中心极限定理：&lt;/b&gt;当步长方差 σ² 有限时，S&lt;sub&gt;n&lt;/sub&gt; 接近正态分布 N(nμ, nσ²)；
Kolmogorov–Smirnov 距离按 n&lt;sup&gt;−1/2&lt;/sup&gt; 下降（Berry–Esseen），直到碰到 N 个游走者的采样下限 ≈ 1/√N。
柯西步长之和仍是柯西分布，尺度为原来的 n 倍：它永远不会变成正态分布。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;扩散：&lt;/b&gt;均方位移线性增长，在 d 维中 ⟨|X&lt;sub&gt;t&lt;/sub&gt;|²⟩ = 2dDt；游走者的密度
趋于热核，即方差随时间线性增长的高斯分布。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;文章的推导&lt;/b&gt;（&lt;i&gt;特征函数&lt;/i&gt;页）：一个 ±1 步的特征函数是
E e&lt;sup&gt;iωX&lt;/sup&gt; = cos ω，所以 n 步为 cos&lt;sup&gt;n&lt;/sup&gt;ω。令 ω = u/√n，ln cos(u/√n) = −u²/(2n) − u⁴/(12n²) − …，
因此 cos&lt;sup&gt;n&lt;/sup&gt;(u/√n) → e&lt;sup&gt;−u²/2&lt;/sup&gt;：正态分布的特征函数（按文章的记号，Δs² = αΔt 时
cos&lt;sup&gt;t/Δt&lt;/sup&gt;(ωΔs) → exp(−αtω²/2)）。游走者自己的 cos ωx 平均落在这条曲线上。反过来，
P(S&lt;sub&gt;n&lt;/sub&gt; = k) = (1/2π)∫cos&lt;sup&gt;n&lt;/sup&gt;ω e&lt;sup&gt;−ikω&lt;/sup&gt;dω；被积函数是 n + |k| 次三角多项式，
所以节点多于 n + |k| 的梯形公式是精确的，表格显示它还原出二项分布（n = 10，k = 2：0.205078125）。
格点分布到正态分布的真 Kolmogorov–Smirnov 距离（在每个跳跃的两侧取）约为 1/√(2πn)（n = 10 时为 0.123）；
在分箱边界处测得的距离经过了连续性校正，小得多，并如此标注。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;路径积分：&lt;/b&gt;时刻 t 的传播子是许多短时高斯核的复合
（Chapman–Kolmogorov）；有吸收壁或反射壁时，闭式解由镜像法给出。
加上势 V = ω²x²/2 后每个时间片还带有 e&lt;sup&gt;−VΔt&lt;/sup&gt;，对称分裂下复合以 Δt 的二阶收敛到
Mehler 核 √(ω/(2π sinh ωt)) exp(−ωx² coth(ωt)/2)。设置&lt;i&gt;势 ω&lt;/i&gt;即可看到：
图中按单位质量显示这些核与 Mehler 核（游走者本身不受势的作用），&lt;i&gt;路径积分&lt;/i&gt;页以双对数坐标
画出它们的误差随核的个数的变化。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;伯努利乘积&lt;/b&gt;（&lt;i&gt;伯努利乘积&lt;/i&gt;页）：在原点，谐振子核与自由核之比为 √(ωt / sinh ωt)，
它是路径各傅里叶模上的乘积，因为 sinh x / x = ∏(1 + x²/(n²π²))（以及
sin x / x = ∏(1 − x²/(n²π²))）。该页显示随着模数增加部分积的收敛，以及它们的
对数导数 Σ 1/(n² + ω²) = (πω coth πω − 1)/(2ω²) 和 Σ 1/(n² − ω²) = (1 − πω cot πω)/(2ω²)，后者
在整数 ω 处有极点；ω → 0 时两者都趋于 ζ(2) = π²/6。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Ornstein–Uhlenbeck 游走：&lt;/b&gt;dx = −kx dt + √α dW。每一步都是精确更新 x ← e&lt;sup&gt;−k&lt;/sup&gt;x +
√(α(1 − e&lt;sup&gt;−2k&lt;/sup&gt;)/(2k))·n，所以游走者在每一步都服从 N(x₀e&lt;sup&gt;−kt&lt;/sup&gt;, α(1 − e&lt;sup&gt;−2kt&lt;/sup&gt;)/(2k))：
方差稳定在 α/(2k)。它的路径积分复合欧拉核 N(x; (1 − kΔt)y, αΔt)，以 Δt 的一阶
收敛到这一分布。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;运行&lt;/b&gt;（F5）按所选速度播放游走；暂停、单步（F7）和滑块可回看任何已计算的步。
时空图显示高亮游走者的路径、当前步所有游走者构成的点云，
以及 ±1、±2 个标准差的包络。&lt;/p&gt;
&lt;p&gt;来源（docs/math.md §2）：&lt;a href=&quot;https://kexue.fm/archives/2573&quot;&gt;kexue.fm/archives/2573&lt;/a&gt;（基本公式）、
&lt;a href=&quot;https://kexue.fm/archives/2609&quot;&gt;kexue.fm/archives/2609&lt;/a&gt;（随机游走与路径积分），以及
相关文章 &lt;a href=&quot;https://kexue.fm/archives/3750&quot;&gt;3750&lt;/a&gt;、&lt;a href=&quot;https://kexue.fm/archives/3757&quot;&gt;3757&lt;/a&gt;。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>kx::widgets::WalkView</name>
    <message>
        <location filename="../../widgets/labs/walk/walk_view.cpp" line="+32"/>
        <source>%1 of %3 (computed %2)%4</source>
        <translation>第 %1 步，共 %3 步（已计算 %2）%4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (scrubbed)</source>
        <translation>（回看中）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1D: time across, position up — highlighted walkers&apos; paths, all walkers at the current step (the strip at its right end) and the ±1, ±2 sd envelopes. 2D: the plane. Drag: pan · wheel: zoom · double-click: reset view</source>
        <translation>一维：横轴为时间，纵轴为位置 — 高亮游走者的路径、当前步所有游走者的位置（右端的条带）以及 ±1、±2 个标准差的包络。二维：平面。拖动：平移 · 滚轮：缩放 · 双击：重置视图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 steps/s</source>
        <translation>每秒 %1 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animation speed: how many steps of the walk Run plays per second</source>
        <translation>动画速度：“运行”每秒播放的游走步数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scrub: show any step already computed (pauses the walk; Run continues from the computed frontier)</source>
        <translation>拖动回看：显示任一已计算的步（游走暂停；“运行”从已计算的最远处继续）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Probability of each bin: walkers (outline), the exact law (dots: binomial for the lattice) and the normal law with the same mean and variance</source>
        <translation>各区间的概率：游走者（轮廓）、精确分布（点：格点游走为二项分布）以及均值与方差相同的正态分布</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kolmogorov–Smirnov and total-variation distance to the normal law against the number of steps (log–log), with a n^(−1/2) reference and a line fitted to KS above the sampling floor</source>
        <translation>Kolmogorov–Smirnov 距离与全变差距离随步数的变化（双对数坐标），附 n^(−1/2) 参考线和对采样下限以上的 KS 的拟合直线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean-square displacement against time with its least-squares line: slope = 2·d·D</source>
        <translation>均方位移随时间的变化及其最小二乘直线：斜率 = 2·d·D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path integral: the density after n steps composed from 1, a few and many short-time Gaussian kernels (Chapman–Kolmogorov) against the closed form — or, with a barrier, the method-of-images solution — beside the walkers&apos; histogram</source>
        <translation>路径积分：由 1 个、若干个和许多个短时高斯核复合（Chapman–Kolmogorov）得到的 n 步后的密度，与闭式解（有壁垒时为镜像法的解）对比，旁边是游走者的直方图</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The path integral&apos;s short-time kernels composed 1, 2, 4 … 32 times: their largest distance to the closed form (Mehler&apos;s kernel with the potential ω, the exact law with the pull k, the image solution with a barrier) against the number of kernels, on log–log axes</source>
        <translation>路径积分的短时核复合 1、2、4 … 32 次：它们与闭式解（有势 ω 时为 Mehler 核，有拉力 k 时为精确分布，有壁垒时为镜像解）的最大距离随核的个数的变化，双对数坐标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Walk</source>
        <translation>游走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characteristic function</source>
        <translation>特征函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bernoulli products</source>
        <translation>伯努利乘积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path integral</source>
        <translation>路径积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The essay&apos;s derivation: cosⁿω tends to the Gaussian exp(−nω²/2), and the coefficient integral gives back the binomial law</source>
        <translation>文章的推导：cosⁿω 趋于高斯 exp(−nω²/2)，系数积分还原出二项分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bernoulli&apos;s products over the path&apos;s Fourier modes and the sums Σ 1/(n² ± ω²)</source>
        <translation>路径傅里叶模上的伯努利乘积与和式 Σ 1/(n² ± ω²)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Real part of the characteristic function after n steps: exact (cosⁿω for the symmetric lattice), its Gaussian limit and the walkers&apos; empirical mean of cos ωx</source>
        <translation>n 步后特征函数的实部：精确值（对称格点为 cosⁿω）、其高斯极限，以及游走者的经验平均 cos ωx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lattice walks: the probability of site k recovered from the characteristic function by the coefficient-extraction integral, next to the exact binomial probability</source>
        <translation>格点游走：由特征函数经系数提取积分还原出的格点 k 的概率，旁边是精确的二项概率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ω: the products are taken at x = πω; the − sum has a pole at every integer ω</source>
        <translation>ω：乘积取在 x = πω 处；“−”和在每个整数 ω 处有极点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of modes N in the partial products and sums</source>
        <translation>部分积与部分和中的模数 N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ω = %1</source>
        <translation>ω = %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partial products ∏(1 ± ω²/n²) over N modes converging to sinh(πω)/(πω) and sin(πω)/(πω)</source>
        <translation>N 个模上的部分积 ∏(1 ± ω²/n²) 收敛到 sinh(πω)/(πω) 和 sin(πω)/(πω)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Σ 1/(n² + ω²) and Σ 1/(n² − ω²) with N terms against their closed forms; dotted: the poles of the second at integer ω</source>
        <translation>取 N 项的 Σ 1/(n² + ω²) 与 Σ 1/(n² − ω²) 对比其闭式；虚线：后者在整数 ω 处的极点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modes N</source>
        <translation>模数 N</translation>
    </message>
</context>
</TS>
