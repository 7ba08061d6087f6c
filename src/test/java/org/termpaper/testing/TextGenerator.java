package org.termpaper.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chinese-looking newspaper text for tests and benchmarks: sentences of common words drawn with
 * a Zipf-like skew, so that words repeat as they do in real text. Deterministic for a seed. The
 * words are ours; nothing here comes from a real article. Not thread-safe.
 */
public final class TextGenerator {
  private static final String[] WORDS = ("""
      经济 发展 城市 农村 企业 政府 工作 建设 项目 群众 服务 记者 今年 全市 推进 改革 创新 科技
      教育 医疗 文化 旅游 交通 环境 生态 安全 质量 产业 市场 投资 社区 居民 学校 学生 老师 医院
      专家 技术 数据 平台 活动 会议 部门 单位 干部 党员 组织 管理 制度 政策 措施 任务 目标 问题
      工程 道路 公园 河道 绿化 农业 粮食 种植 收入 就业 创业 人才 青年 老人 儿童 家庭 生活 健康
      体育 比赛 冠军 观众 演出 展览 博物馆 图书馆 阅读 历史 传统 非遗 手艺 乡村 振兴 合作 社会
      公共 设施 改造 提升 完成 开展 加强 落实 推动 实现 提高 保障 支持 鼓励 引导 加快 持续 稳定
      增长 下降 同比 环比 百分之 万元 亿元 公里 平方米 吨 个 家 名 位 次 年 月 日 上午 下午 近日
      日前 目前 据悉 据了解 记者从 获悉 表示 介绍 指出 强调 认为 希望 要求 提出 发布 启动 举行
      召开 参加 走进 来到 看到 听到 感受 体验 参观 调研 检查 督导 服务站 志愿者 网格员 快递 外卖
      直播 电商 物流 港口 高铁 机场 地铁 公交 充电桩 新能源 光伏 风电 氢能 芯片 软件 算法 模型
      夏季 冬季 高温 降雨 防汛 抗旱 台风 气象 预警 应急 救援 消防 警方 法院 检察院 律师 合同
      纠纷 调解 消费者 商家 价格 优惠 补贴 资金 贷款 银行 保险 税收 财政 预算 审计 监督 考核
      一批 一个 一些 多项 各类 全面 深入 扎实 有效 积极 主动 及时 进一步 重要 重点 关键 基础
      """).trim().split("\\s+");
  private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
  private static final String[] GIVEN = "明华强伟芳敏静丽军杰涛磊鹏飞燕红霞玲晓雪".split("");

  private final Random random;

  public TextGenerator(long seed) {
    this.random = new Random(seed);
  }

  public String word() {
    // Zipf-like: the square of a uniform number favours the front of the list.
    double u = random.nextDouble();
    return WORDS[(int) (u * u * WORDS.length)];
  }

  public String name() {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
        + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
  }

  public String sentence() {
    StringBuilder text = new StringBuilder();
    int words = 6 + random.nextInt(14);
    for (int i = 0; i < words; i++) {
      if (i > 0 && random.nextInt(6) == 0) {
        text.append(random.nextInt(3) == 0 ? "、" : "，");
      }
      int pick = random.nextInt(20);
      text.append(pick == 0 ? name() : pick == 1 ? Integer.toString(random.nextInt(2000))
          : word());
    }
    return text.append(random.nextInt(12) == 0 ? "！" : "。").toString();
  }

  public String paragraph() {
    StringBuilder text = new StringBuilder();
    int sentences = 2 + random.nextInt(5);
    for (int i = 0; i < sentences; i++) {
      text.append(sentence());
    }
    return text.toString();
  }

  /** Between {@code min} and {@code max} paragraphs. */
  public List<String> paragraphs(int min, int max) {
    List<String> list = new ArrayList<>();
    int count = min + random.nextInt(max - min + 1);
    for (int i = 0; i < count; i++) {
      list.add(paragraph());
    }
    return list;
  }

  public String title() {
    StringBuilder text = new StringBuilder();
    int words = 3 + random.nextInt(5);
    for (int i = 0; i < words; i++) {
      text.append(word());
    }
    return text.toString();
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
