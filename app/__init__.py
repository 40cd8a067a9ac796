"""教育整顿工作台 core: data, rules and documents. Never imports Qt."""

APP_NAME = "教育整顿工作台"
APP_ID = "JiaoZhengWorkbench"
__version__ = "0.1.0"
